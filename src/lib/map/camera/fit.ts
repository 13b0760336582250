/**
 * Frames fitted to what they must show: round a classroom step's countries (frameAround), and
 * grown to the shape of the box that shows them (frameForBox).
 */
import { boxIntoFrame, WORLD_FRAME, type Box, type Frame } from './frame';
import { latitudeAt, mercatorWidth, mercatorY } from './mercator';

/**
 * The frame that shows every box with a margin around them (a share of the span, at least
 * `minMargin` degrees), no narrower than `minSpan` degrees so a lone country keeps its
 * neighbours, and within the world frame.
 */
export function frameAround(
	boxes: readonly Box[],
	{ margin = 0.12, minMargin = 4, minSpan = 40, world = WORLD_FRAME } = {}
): Frame {
	if (boxes.length === 0) return world;
	const placed = boxes.map((box) => boxIntoFrame(box, world));
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

/** A frame's width over its height, as Web Mercator draws it. */
export function frameAspect([[west, south], [east, north]]: Frame): number {
	return mercatorWidth(east - west) / (mercatorY(north) - mercatorY(south));
}

/**
 * The shape of a phone's map box for a frame: the frame's own, kept between a portrait `min`
 * and a landscape `max` so a wide frame still gets a map tall enough to name East Asia.
 */
export function boxAspect(frame: Frame, { min = 0.8, max = 1.3 } = {}): number {
	return Math.min(max, Math.max(min, frameAspect(frame)));
}

/**
 * Context, not from the document: north of some 70° the map is Arctic sea and ice at almost every
 * longitude, so a frame grown to fill a tall box grows south once it reaches it.
 */
export const FILL_NORTH_LIMIT = 70;

/**
 * The frame grown to the shape of a map box (`aspect`, width over height), so the map fills the
 * box with the frame and its surroundings instead of MapLibre centring it in open sea: taller by
 * growing north up to FILL_NORTH_LIMIT and south for the rest, wider by growing both sides
 * evenly; never past the world frame. A frame already of the box's shape is returned as it is.
 */
export function frameForBox(frame: Frame, aspect: number, world: Frame = WORLD_FRAME): Frame {
	const [[west, south], [east, north]] = frame;
	const [[worldWest, worldSouth], [worldEast, worldNorth]] = world;
	const height = mercatorY(north) - mercatorY(south);
	const width = mercatorWidth(east - west);
	if (width / height > aspect) {
		// Taller: the Mercator height the box wants, shared between north and south.
		const extra = width / aspect - height;
		const northLimit = mercatorY(Math.max(north, Math.min(FILL_NORTH_LIMIT, worldNorth)));
		const up = Math.min(extra / 2, northLimit - mercatorY(north));
		const down = Math.min(extra - up, mercatorY(south) - mercatorY(worldSouth));
		const upToo = Math.min(extra - up - down, northLimit - mercatorY(north) - up);
		return [
			[west, latitudeAt(mercatorY(south) - down)],
			[east, latitudeAt(mercatorY(north) + up + upToo)]
		];
	}
	// Wider: the degrees of longitude the box wants, half on each side where the world allows.
	const extra = (height * aspect - width) / mercatorWidth(1);
	const left = Math.min(extra / 2, west - worldWest);
	const right = Math.min(extra - left, worldEast - east);
	const leftToo = Math.min(extra - left - right, west - worldWest - left);
	return [
		[west - left - leftToo, south],
		[east + right, north]
	];
}

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
	world = WORLD_FRAME
): FittedMap {
	const grown = frameForBox(frame, width / height, world);
	const aspect = frameAspect(grown);
	if (aspect > (width / height) * 1.01) return { frame: grown, width, height: width / aspect };
	if (aspect < (width / height) * 0.99) return { frame: grown, width: height * aspect, height };
	return { frame: grown, width, height };
}
