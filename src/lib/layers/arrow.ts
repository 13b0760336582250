/**
 * The head of a one-way line of the engagement layer: where the line arrives, and the way it
 * points there. A line's path says where it runs, not which way; the head says who acted towards
 * whom ("Japan → Russia"), as the layer's words promise. The head is drawn in screen pixels at
 * every scale of the map, as the line's width is.
 */
import { pathVertices } from '$lib/geo/path';

export interface Arrow {
	/** The head's centre, in the world's units: on the line, at its middle (middleOf). */
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
/** The head's length (px), tip to back: a key draws it at the end of its line this long. */
export const ARROWHEAD_LENGTH = 14;

/** A line shorter than this on screen (px) has no head: the head would hide it. */
export const ARROWHEAD_MIN_LINE = 42;

/**
 * The middle of a line drawn on a flat map (x east, y south), measured along it, the way it runs
 * there (degrees clockwise from east) and its length: where a head stands, clear of the names
 * written at the line's ends (on the countries' points). The static world measures its paths with
 * it (arrowAt), the live map its lines projected (live/links.ts headFeatures), so both agree.
 */
export function middleOf(
	points: readonly (readonly [number, number])[]
): { x: number; y: number; angle: number; length: number } | undefined {
	const steps = points.slice(1).map((to, i) => {
		const from = points[i]!;
		return { from, to, length: Math.hypot(to[0] - from[0], to[1] - from[1]) };
	});
	const length = steps.reduce((sum, step) => sum + step.length, 0);
	if (!length) return undefined;
	let left = length / 2;
	let index = 0;
	while (index < steps.length - 1 && left > steps[index]!.length) left -= steps[index++]!.length;
	const { from, to, length: part } = steps[index]!;
	const t = part ? Math.min(1, left / part) : 0;
	return {
		x: from[0] + (to[0] - from[0]) * t,
		y: from[1] + (to[1] - from[1]) * t,
		angle: (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI,
		length
	};
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/** The head of a line arriving at its path's end, or at its start when `atStart`. */
export function arrowAt(d: string, atStart = false): Arrow | undefined {
	const points = pathVertices(d);
	if (atStart) points.reverse();
	const middle = middleOf(points);
	return (
		middle && {
			x: tenth(middle.x),
			y: tenth(middle.y),
			angle: tenth(middle.angle),
			length: tenth(middle.length)
		}
	);
}

/** The head's transform: at its centre, turned its way, `unitsPerPixel` of the world's units a pixel. */
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
