/** The slide's map box: the room the figure leaves, in the shape of the step's frame. */
import { WORLD_FRAME, type Frame } from '$lib/map/camera/frame';
import { frameAspect, frameForBox } from '$lib/map/camera/fit';

/** A map box inside an area, and the frame it draws. */
export interface FittedMap {
	frame: Frame;
	width: number;
	height: number;
}

/**
 * The map for an area of `width` x `height`: the frame grown to the area's shape; where the world
 * stops it growing (a frame that already spans the world's longitudes, or reaches its north and
 * south), the box takes the grown frame's shape instead, so no band of empty sea is drawn.
 */
export function fitMap(
	frame: Frame,
	width: number,
	height: number,
	world: Frame = WORLD_FRAME
): FittedMap {
	const grown = frameForBox(frame, width / height, world);
	const aspect = frameAspect(grown);
	if (aspect > (width / height) * 1.01) return { frame: grown, width, height: width / aspect };
	if (aspect < (width / height) * 0.99) return { frame: grown, width: height * aspect, height };
	return { frame: grown, width, height };
}

/**
 * Whether a step's map is a band round the world: grown as tall as the world allows it is still
 * wider than this, so beside the words it would leave a hole under the legend. Such a step
 * puts its words above the map, which then takes the slide's width.
 */
export const WIDE_MAP_ASPECT = 1.5;

export function isWideMap(frame: Frame, world: Frame = WORLD_FRAME): boolean {
	// A box far taller than any frame: the frame grows to the world's north and south limits.
	return frameAspect(frameForBox(frame, 0.01, world)) > WIDE_MAP_ASPECT;
}

/** A box on screen, as getBoundingClientRect gives it. */
interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The part of the map a box laid over it covers (the slide's insets), in the map's own pixels,
 * or null where it covers none (a phone shows the insets under the map).
 */
export function coveredPart(map: Rect, over: Rect): Rect | null {
	const left = Math.max(map.left, over.left);
	const top = Math.max(map.top, over.top);
	const right = Math.min(map.right, over.right);
	const bottom = Math.min(map.bottom, over.bottom);
	if (right <= left || bottom <= top) return null;
	return {
		left: left - map.left,
		top: top - map.top,
		right: right - map.left,
		bottom: bottom - map.top
	};
}
