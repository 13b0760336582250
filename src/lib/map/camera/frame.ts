/**
 * Where the map looks. The world is framed as maps printed in Japan frame it: centred on the
 * Pacific side of Asia, Europe on the left, the Americas on the right. The frame runs past 180°
 * (longitudes are continued, 200°E being 160°W), so MapLibre draws the Americas from its world
 * copy and no line has to wrap round the frame. Antarctica, which carries no data, is left out.
 */
import { mercatorY } from './mercator.ts';
import { padBy, type CoverPadding, type Padding } from './cover.ts';
import { worldPadding } from './world-fit.ts';

/** A map frame: [[west, south], [east, north]] in degrees; east may run past 180. */
export type Frame = [[number, number], [number, number]];
/** [west, south, east, north] in degrees, as the geometry's country boxes are. */
export type Box = [number, number, number, number];

/**
 * From the mid-Atlantic (25°W, west of Iceland) round to 30°W (east of Brazil), and from Cape
 * Horn to the Arctic: the picture shown before the map (the page's SVG world) is drawn for the same frame.
 */
export const WORLD_FRAME: Frame = [
	[-25, -57],
	[330, 76]
];

/** The SVG world's width in its own units: its height follows from the frame. */
export const WORLD_WIDTH = 960;

/** The frame's middle meridian: what the picture before the map is centred on. */
export function frameCentre([[west], [east]]: Frame): number {
	return (west + east) / 2;
}

/** A longitude moved by whole turns into the 360° that start at the frame's west edge. */
export function intoFrame(lng: number, frame: Frame = WORLD_FRAME): number {
	const west = frame[0][0];
	return west + ((((lng - west) % 360) + 360) % 360);
}

/**
 * A box moved as a whole by whole turns to where most of it lies inside the frame's longitudes:
 * the United States in one piece east of Japan when the world is framed on the Pacific, west of
 * Greenwich when it is framed there; and a box that straddles the frame's west edge (Cape Verde
 * at 25°W) stays where most of it is drawn, rather than a turn east, past the frame's east edge.
 * The one rule for moving a box into a frame: the live map, the SVG world and the classroom's
 * frames all use it.
 */
export function boxIntoFrame([west, south, east, north]: Box, frame: Frame = WORLD_FRAME): Box {
	const [[frameWest], [frameEast]] = frame;
	const inside = (shift: number) =>
		Math.min(east + shift, frameEast) - Math.max(west + shift, frameWest);
	// The turn that brings the west edge into the 360° from the frame's west edge, or one less:
	// any other turn leaves the box further out.
	const turn = intoFrame(west, frame) - west;
	const shift = inside(turn - 360) > inside(turn) ? turn - 360 : turn;
	return [west + shift, south, east + shift, north];
}

/**
 * A country's frame with enough of its neighbours to place it: the box grown round its middle to
 * at least `minSpan` degrees of longitude (and half as many of latitude). Lebanon then shows the
 * eastern Mediterranean, not a close-up of its own outline.
 */
export function countryFrame(box: Box, minSpan = 24): Frame {
	const [west, south, east, north] = boxIntoFrame(box);
	const grow = (low: number, high: number, span: number) => {
		const extra = Math.max(0, span - (high - low)) / 2;
		return [low - extra, high + extra] as const;
	};
	const [w, e] = grow(west, east, minSpan);
	const [s, n] = grow(south, north, minSpan / 2);
	return [
		[w, Math.max(-85, s)],
		[e, Math.min(85, n)]
	];
}

/**
 * Where a place falls in a Web Mercator picture of a frame, as shares (0–1) of its width and
 * height from the top left: the dot on the small locator map of a country page.
 */
export function pointInFrame([lng, lat]: [number, number], frame: Frame = WORLD_FRAME) {
	const [[west, south], [east, north]] = frame;
	return {
		x: (intoFrame(lng, frame) - west) / (east - west),
		y: (mercatorY(north) - mercatorY(lat)) / (mercatorY(north) - mercatorY(south))
	};
}

/** What the live map fits (MapLibre's fitBounds), and what the SVG world's viewBox shows. */
export interface Camera {
	bounds: Box | Frame;
	/** Pixels kept clear round the bounds: on every side, or per side (see cover.ts). */
	padding?: number | Padding;
	maxZoom?: number;
}

/** How long the camera takes to move, in ms; nothing moves for readers who reduce motion. */
export const SELECT_DURATION_MS = 700;
export const PAN_DURATION_MS = 400;

/** A camera move's duration in ms: none for readers who ask for reduced motion. */
export function moveDuration(ms: number, reducedMotion: boolean): number {
	return reducedMotion ? 0 : ms;
}

/** The air kept round a selected country, in pixels, besides what covers the map. */
export const SELECTION_PADDING = 30;

/**
 * Where the camera goes for a selection: a selected country framed with its neighbours
 * (countryFrame's minimum span), in the world frame's longitudes, in the part of the map that
 * nothing covers (`covered`, coverPadding's margins for the floating legend); otherwise the
 * page's frame; or the world, whole, its open south-east corner under the legend (world-fit.ts).
 */
export function selectionCamera(
	box: Box | undefined,
	frame: Frame | null,
	covered?: CoverPadding
): Camera {
	if (box) {
		const padding = covered ? padBy(covered, SELECTION_PADDING) : SELECTION_PADDING;
		return { bounds: countryFrame(box), padding, maxZoom: 5 };
	}
	if (frame || !covered?.over) return { bounds: frame ?? WORLD_FRAME };
	const { size, covers } = covered.over;
	return { bounds: WORLD_FRAME, padding: worldPadding(WORLD_FRAME, size, covers) };
}

/** Whether a point in the map's pixels lies outside a width x height view. */
export function isOffScreen(
	point: { x: number; y: number },
	{ width, height }: { width: number; height: number }
): boolean {
	return point.x < 0 || point.y < 0 || point.x > width || point.y > height;
}
