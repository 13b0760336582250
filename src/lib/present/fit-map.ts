/** The slide's map box: the room the figure leaves, in the shape of the step's frame. */
import { WORLD_FRAME, type Frame } from '$lib/map/camera/frame';
import { frameAspect, frameForBox } from '$lib/map/camera/fit';

/**
 * The slide's insets (its smallest countries, closer in), stacked over the map's south-west corner
 * on a projector: together this share of the map box's width and height, each inset an equal part
 * of the height, each titled with its country. Narrow enough to leave the Bay of Bengal open
 * for the world map to name Thailand.
 */
export const SLIDE_INSETS = { width: 0.3, height: 0.9 } as const;

/**
 * The shapes (width over height) an inset's map takes on the screens a slide meets: about square
 * on a projector, 0.8 on a large upright tablet, wider on a phone (side by side under the map),
 * widest (2.8: half of 800 px by 11rem less its title) on a phone turned sideways. The page's
 * HTML draws each inset's world for all of them (first-paint.ts).
 */
export const INSET_ASPECTS = { narrowest: 0.5, widest: 3 } as const;

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
 * wider than the map's box beside the words (about 600 by 480 px on a 1024x768 projector), so
 * there it would leave a hole under the legend and draw the band small. Such a step puts its
 * words above the map, which then takes the slide's width: Europe to Japan (step 2) or China
 * to the US (step 10) are drawn half as large again.
 */
export const WIDE_MAP_ASPECT = 1.25;

export function isWideMap(frame: Frame, world: Frame = WORLD_FRAME): boolean {
	// A box far taller than any frame: the frame grows to the world's north and south limits.
	return frameAspect(frameForBox(frame, 0.01, world)) > WIDE_MAP_ASPECT;
}
