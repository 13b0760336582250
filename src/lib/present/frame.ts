/** Where a step's map looks: round the countries it colours. */
import { WORLD_FRAME, type Frame } from '$lib/map/frames';

/** A country's box, as the map's points carry it: [west, south, east, north]. */
export type CountryBox = [number, number, number, number];

/**
 * A box moved by whole turns (0 or ±360°) to where most of it lies inside the world frame's
 * longitudes: the same box whether the world is framed on Greenwich or on the Pacific.
 */
function intoWorld([west, south, east, north]: CountryBox, world: Frame): CountryBox {
	const [[worldWest], [worldEast]] = world;
	const inside = (shift: number) =>
		Math.min(east + shift, worldEast) - Math.max(west + shift, worldWest);
	const shift = [0, 360, -360].reduce((best, s) => (inside(s) > inside(best) ? s : best), 0);
	return [west + shift, south, east + shift, north];
}

/**
 * The frame that shows every box with a margin around them (a share of the span, at least
 * `minMargin` degrees), no narrower than `minSpan` degrees so a lone country keeps its
 * neighbours, and within the world frame.
 */
export function frameAround(
	boxes: readonly CountryBox[],
	{ margin = 0.12, minMargin = 4, minSpan = 40, world = WORLD_FRAME } = {}
): Frame {
	if (boxes.length === 0) return world;
	const placed = boxes.map((box) => intoWorld(box, world));
	let [west, south, east, north] = placed[0]!;
	for (const [w, s, e, n] of placed) {
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
	const [[worldWest, worldSouth], [worldEast, worldNorth]] = world;
	return [
		[Math.max(w, worldWest), Math.max(s, worldSouth)],
		[Math.min(e, worldEast), Math.min(n, worldNorth)]
	];
}
