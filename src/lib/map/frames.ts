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
