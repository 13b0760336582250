/** A map frame: [[west, south], [east, north]] in degrees. */
export type Frame = [[number, number], [number, number]];

/**
 * The world as the map first frames it, from Alaska to New Zealand and from the Southern Ocean
 * to the Arctic: the picture shown before the map (geo/world.svg) is drawn for the same frame.
 */
export const WORLD_FRAME: Frame = [
	[-165, -50],
	[178, 75]
];

export type Box = [number, number, number, number];

/** How long the camera takes to move, in ms; nothing moves for readers who reduce motion. */
export const SELECT_DURATION_MS = 700;
export const PAN_DURATION_MS = 400;

/**
 * Where the camera goes for a selection: a selected country's box, with room around it and not
 * closer than a region; otherwise the page's frame, or the world.
 */
export function selectionCamera(
	box: Box | undefined,
	frame: Frame | null
): { bounds: Box | Frame; padding?: number; maxZoom?: number } {
	if (box) return { bounds: box, padding: 60, maxZoom: 4.5 };
	return { bounds: frame ?? WORLD_FRAME };
}

/** Whether a point in the map's pixels lies outside a width x height view. */
export function isOffScreen(
	point: { x: number; y: number },
	{ width, height }: { width: number; height: number }
): boolean {
	return point.x < 0 || point.y < 0 || point.x > width || point.y > height;
}
