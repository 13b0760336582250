/**
 * The live map's camera, said in the static world's terms: which part of the world SVG (drawn in
 * Web Mercator for WORLD_FRAME, see mercatorSvgWorld) to show so that it lies exactly where the
 * live map will draw the same view. The live map fits its bounds with a padding in pixels and a
 * zoom limit; the static world does the same with its viewBox, so neither jumps when the other
 * takes over.
 */
import { pointInFrame, WORLD_FRAME, type Box, type Camera, type Frame } from './frame';
import { paddingOf } from './cover';

export interface Size {
	width: number;
	height: number;
}

/** Whether a point in pixels lies on a box of `size` pixels (its edges included). */
export function withinSize(point: { x: number; y: number }, size: Size): boolean {
	return point.x >= 0 && point.y >= 0 && point.x <= size.width && point.y <= size.height;
}

/** [x, y, width, height] in the world SVG's units. */
export type ViewBox = [number, number, number, number];

/**
 * Once zoomed in this far, a small country itself is big enough to point at: its dot goes, on the
 * live map and on the SVG world.
 */
export const SMALL_COUNTRY_MAX_ZOOM = 3.5;

/** MapLibre's world is 512 px wide at zoom 0. */
export const TILE_SIZE = 512;

const corners = (bounds: Box | Frame): Frame =>
	bounds.length === 4
		? [
				[bounds[0], bounds[1]],
				[bounds[2], bounds[3]]
			]
		: bounds;

/** A place's position in the world SVG's units. */
export function worldUnits(at: [number, number], world: Size): [number, number] {
	const { x, y } = pointInFrame(at);
	return [x * world.width, y * world.height];
}

/**
 * The same, with longitudes continued past the frame's edges rather than turned back into it: a
 * place in the world copy east of the frame falls east of the world SVG, as on the live map.
 */
export function continuedUnits([lng, lat]: [number, number], world: Size): [number, number] {
	const [[west], [east]] = WORLD_FRAME;
	const { y } = pointInFrame([west, lat]);
	return [((lng - west) / (east - west)) * world.width, y * world.height];
}

/** How many of the world SVG's units make one turn of the Earth (the frame is a little short of one). */
export function unitsPerTurn(world: Size): number {
	const [[west], [east]] = WORLD_FRAME;
	return (world.width * 360) / (east - west);
}

/**
 * The viewBox showing what the live map shows at a centre and zoom in a holder: the live map's
 * view in the world SVG's units, so the static world's shapes can answer for it (the names' search).
 */
export function viewBoxAt(
	centre: [number, number],
	zoom: number,
	world: Size,
	holder: Size
): ViewBox {
	const scale = pixelsPerUnit(zoom, world);
	const [x, y] = continuedUnits(centre, world);
	const [width, height] = [holder.width / scale, holder.height / scale];
	return [x - width / 2, y - height / 2, width, height];
}

/** How many screen pixels one world SVG unit spans at a MapLibre zoom. */
export function pixelsPerUnit(zoom: number, world: Size): number {
	return (TILE_SIZE * 2 ** zoom) / unitsPerTurn(world);
}

/** The MapLibre zoom at which one world SVG unit spans `scale` pixels. */
export function zoomOfScale(scale: number, world: Size): number {
	return Math.log2(scale / pixelsPerUnit(0, world));
}

/**
 * The viewBox that shows the camera's view. Without the holder's size (the page's HTML, before
 * any script) it is the bounds alone, which the SVG's own fit centres; with it, it has the
 * holder's shape, the padding and the zoom limit, as the live map's fitBounds has: the bounds fit
 * the holder less its padding, centred in what the padding leaves.
 */
export function staticViewBox(camera: Camera, world: Size, holder?: Size): ViewBox {
	const [[west, south], [east, north]] = corners(camera.bounds);
	const [left, top] = worldUnits([west, north], world);
	// East may run past the frame's edge by whole turns; distance from the west edge counts.
	const right = left + ((east - west) / (WORLD_FRAME[1][0] - WORLD_FRAME[0][0])) * world.width;
	const [, bottom] = worldUnits([east, south], world);
	const width = right - left;
	const height = bottom - top;
	if (!holder || holder.width <= 0 || holder.height <= 0) return [left, top, width, height];
	const padding = paddingOf(camera.padding);
	const clearWidth = holder.width - padding.left - padding.right;
	const clearHeight = holder.height - padding.top - padding.bottom;
	let scale = Math.min(Math.max(1, clearWidth) / width, Math.max(1, clearHeight) / height);
	if (camera.maxZoom !== undefined) scale = Math.min(scale, pixelsPerUnit(camera.maxZoom, world));
	// The bounds' middle goes to the middle of the clear part, in pixels from the holder's top left.
	const middleX = padding.left + clearWidth / 2;
	const middleY = padding.top + clearHeight / 2;
	return [
		left + width / 2 - middleX / scale,
		top + height / 2 - middleY / scale,
		holder.width / scale,
		holder.height / scale
	];
}

/**
 * Where a place in the world SVG's units falls on screen, in pixels from the holder's top left,
 * for a viewBox that has the holder's shape (staticViewBox with the holder's size).
 */
export function unitsToPixels(
	[x, y]: [number, number],
	[left, top, width]: ViewBox,
	holder: Size
): { x: number; y: number } {
	const scale = holder.width / width;
	return { x: (x - left) * scale, y: (y - top) * scale };
}

/** The reverse of unitsToPixels: a point in the holder's pixels in the world SVG's units. */
export function pixelsToWorldUnits(
	{ x, y }: { x: number; y: number },
	[left, top, width]: ViewBox,
	holder: Size
): { x: number; y: number } {
	const scale = holder.width / width;
	return { x: left + x / scale, y: top + y / scale };
}
