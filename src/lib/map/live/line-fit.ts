/**
 * The engagement lines fitted to the reader's view. Each line keeps south of the Arctic Circle
 * (arcs.ts), which keeps it on the map at world zoom. Once the reader has zoomed or panned, the
 * view's top may lie south of that: a line whose two ends are both in view is then held under
 * the view's clear top (below what covers the map's top edge, the layer control), so the line
 * between two places the reader sees stays wholly in sight. A line with an end out of view keeps
 * its shape: it leaves the map towards its other end, as every map's lines do. The live map asks
 * again each time it comes to rest, as it places its names.
 */
import type { Position } from 'geojson';
import { LINE_CEILING } from '$lib/geo/arcs';

/** The part of MapLibre's map the fit reads. */
export interface ViewedMap {
	getCenter(): { lng: number };
	project(at: [number, number]): { x: number; y: number };
	unproject(at: [number, number]): { lat: number };
	getContainer(): { clientWidth: number; clientHeight: number };
}

/** Air between a held line's peak and what covers the top of the map, in pixels. */
export const LINE_TOP_MARGIN = 12;

/**
 * The ceiling (a latitude) for each line in the map's view now, given the pixels the top edge's
 * covers take (`coveredTop`).
 */
export function lineCeilingIn(map: ViewedMap, coveredTop = 0): (line: Position[]) => number {
	const { clientWidth: width, clientHeight: height } = map.getContainer();
	const clearTop = Math.min(height / 2, coveredTop + LINE_TOP_MARGIN);
	const topLatitude = map.unproject([width / 2, clearTop]).lat;
	const centre = map.getCenter().lng;
	return (line) => {
		if (line.length < 2 || topLatitude >= LINE_CEILING) return LINE_CEILING;
		// The map repeats the world sideways: the line is judged on its copy nearest the centre.
		const middle = line[Math.floor(line.length / 2)]![0]!;
		const shift = 360 * Math.round((centre - middle) / 360);
		const inView = ([lng, lat]: Position) => {
			const { x, y } = map.project([lng! + shift, lat!]);
			return x >= 0 && x <= width && y >= clearTop && y <= height;
		};
		return inView(line[0]!) && inView(line.at(-1)!) ? topLatitude : LINE_CEILING;
	};
}

/** How far down the map's top edge is covered: the lowest bottom of a cover touching it. */
export function coveredTopOf(covered: readonly { top: number; bottom: number }[]): number {
	return Math.max(0, ...covered.filter(({ top }) => top <= LINE_TOP_MARGIN).map((c) => c.bottom));
}
