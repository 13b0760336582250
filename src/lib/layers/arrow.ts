/**
 * The head of a one-way line of the engagement layer: where the line arrives, and the way it
 * points there. A line's path says where it runs, not which way; the head says who acted towards
 * whom ("Japan → Russia"), as the layer's words promise. The head is drawn in screen pixels at
 * every scale of the map, as the line's width is.
 */
import { pathVertices } from '$lib/geo/path';

export interface Arrow {
	/** The head's centre, in the world's units: on the line, at its middle (HEAD_ALONG). */
	x: number;
	y: number;
	/** The way the line runs there, towards the country it arrives at, in degrees clockwise
	 * from east (SVG's rotate). */
	angle: number;
	/** The line's length in the world's units: a head longer than its line is not drawn. */
	length: number;
}

/**
 * The head in screen pixels, pointing east, centred on 0,0 (the point on its line): 14 px long,
 * 12 px across, notched at the back. The live map draws the same shape (live/head-image.ts).
 */
export const ARROWHEAD: readonly (readonly [number, number])[] = [
	[7, 0],
	[-7, -6],
	[-3.5, 0],
	[-7, 6]
];
export const ARROWHEAD_PATH = `M${ARROWHEAD.map(([x, y]) => `${x} ${y}`).join('L')}Z`;

/** A line shorter than this on screen (px) has no head: the head would hide it. */
export const ARROWHEAD_MIN_LINE = 42;

/**
 * How far along its line the head stands, from the country that acted: at its middle, clear of
 * the names written at the line's ends (on the countries' points), as the live map places it
 * (MapLibre's line-center).
 */
export const HEAD_ALONG = 0.5;

/** The head of a line arriving at its path's end, or at its start when `atStart`. */
export function arrowAt(d: string, atStart = false): Arrow | undefined {
	const points = pathVertices(d);
	if (atStart) points.reverse();
	const steps = points.slice(1).map((to, i) => {
		const from = points[i]!;
		return { from, to, length: Math.hypot(to[0] - from[0], to[1] - from[1]) };
	});
	const length = steps.reduce((sum, step) => sum + step.length, 0);
	if (!length) return undefined;
	let left = length * HEAD_ALONG;
	for (const { from, to, length: part } of steps) {
		if (left > part) {
			left -= part;
			continue;
		}
		const t = part ? left / part : 0;
		const at = (a: number, b: number) => Math.round((a + (b - a) * t) * 10) / 10;
		const angle = (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI;
		return {
			x: at(from[0], to[0]),
			y: at(from[1], to[1]),
			angle: Math.round(angle * 10) / 10,
			length: Math.round(length * 10) / 10
		};
	}
	return undefined;
}

/** The head's transform: at its tip, turned its way, and `unitsPerPixel` of the world's units a pixel. */
export function arrowTransform(
	arrow: Pick<Arrow, 'x' | 'y' | 'angle'>,
	unitsPerPixel: number
): string {
	return `translate(${arrow.x} ${arrow.y}) rotate(${arrow.angle}) scale(${Number(unitsPerPixel.toPrecision(3))})`;
}

/** Whether a head is drawn at a scale (screen pixels a unit): only on a line long enough to carry it. */
export function arrowShown(arrow: Pick<Arrow, 'length'>, pixelsPerUnit: number): boolean {
	return arrow.length * pixelsPerUnit >= ARROWHEAD_MIN_LINE;
}
