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

/** A country's box, as the map's points carry it: [west, south, east, north]. */
export type Box = [number, number, number, number];

/**
 * The frame that shows every box with a margin around them (a share of the span, at least
 * `minMargin` degrees), no narrower than `minSpan` degrees so a lone country keeps its
 * neighbours, and within the world frame's latitudes.
 */
export function frameAround(
	boxes: readonly Box[],
	{ margin = 0.12, minMargin = 4, minSpan = 40 } = {}
): Frame {
	if (boxes.length === 0) return WORLD_FRAME;
	let [west, south, east, north] = boxes[0]!;
	for (const [w, s, e, n] of boxes) {
		west = Math.min(west, w);
		south = Math.min(south, s);
		east = Math.max(east, e);
		north = Math.max(north, n);
	}
	const widen = (low: number, high: number): [number, number] => {
		const pad = Math.max((high - low) * margin, minMargin, (minSpan - (high - low)) / 2);
		return [low - pad, high + pad];
	};
	const [w, e] = widen(west, east);
	const [s, n] = widen(south, north);
	const [[worldWest, worldSouth], [worldEast, worldNorth]] = WORLD_FRAME;
	return [
		[Math.max(w, worldWest), Math.max(s, worldSouth)],
		[Math.min(e, worldEast), Math.min(n, worldNorth)]
	];
}
