/**
 * The world the names' tests place names on: Natural Earth's countries (110m), what lies at a
 * place, the three names, and Web Mercator at a MapLibre zoom in CSS pixels (512 px tiles).
 */
import { geoBounds, geoContains } from 'd3-geo';
import coarse from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { labelPoint, topologyToCountries } from '$lib/server/geo/natural-earth';
import { numericToIso3 } from '$lib/server/geo/iso';
import { latitudeAt, mercatorY } from '../camera/mercator';
import type { ScreenBox } from './callouts';
import type { PlacementView } from './search';

export const countries = topologyToCountries(coarse as unknown as Topology, numericToIso3);
/** Each country's box, so a point is tested only against the few countries that could hold it. */
const boxes = countries.map((c) => geoBounds(c));
export function countryAt(point: [number, number], except?: string) {
	return countries.find((c, i) => {
		const [[west, south], [east, north]] = boxes[i]!;
		const inBox =
			point[1] >= south &&
			point[1] <= north &&
			// A box across the antimeridian has west > east.
			(west <= east ? point[0] >= west && point[0] <= east : point[0] >= west || point[0] <= east);
		return inBox && c.properties.iso3 !== except && geoContains(c, point);
	});
}
export const NAMES: Record<string, string> = {
	PRK: 'North Korea',
	JPN: 'Japan',
	KOR: 'South Korea'
};
/** Web Mercator at a zoom, in CSS pixels, as MapLibre draws it (512 px tiles). */
export function project([lng, lat]: [number, number], zoom: number): [number, number] {
	const size = 512 * 2 ** zoom;
	return [((lng + 180) / 360) * size, ((Math.PI - mercatorY(lat)) / (2 * Math.PI)) * size];
}
export function unproject([x, y]: [number, number], zoom: number): [number, number] {
	const size = 512 * 2 ** zoom;
	return [(x / size) * 360 - 180, latitudeAt(Math.PI - (2 * Math.PI * y) / size)];
}

/** A country's label point, as the map uses it, from the same geometry. */
export function pointOf(iso3: string): [number, number] {
	return labelPoint(countries.find((c) => c.properties.iso3 === iso3)!) as [number, number];
}

/** The countries (other than `except`) under a 9 x 3 grid of points across a box at a zoom. */
export function countriesUnderBox(box: ScreenBox, zoom: number, except?: string): string[] {
	const found: string[] = [];
	for (let i = 0; i <= 8; i++) {
		for (let j = 0; j <= 2; j++) {
			const x = box.left + ((box.right - box.left) * i) / 8;
			const y = box.top + ((box.bottom - box.top) * j) / 2;
			const under = countryAt(unproject([x, y], zoom), except);
			if (under) found.push(under.properties.name);
		}
	}
	return found;
}

/** A MapLibre-like view of the world: Web Mercator at a zoom, centred on a place. */
export function worldView(
	zoom: number,
	[lng, lat]: [number, number],
	width: number,
	height: number,
	/** Pixels a character: the classroom's 20 px bold type is some 12.5. */
	perCharacter: number,
	lineHeight: number
): PlacementView {
	const [cx, cy] = project([lng, lat], zoom);
	const under = new Map<string, string | undefined>();
	const toScreen = (at: [number, number]) => {
		const [x, y] = project(at, zoom);
		return { x: x - cx + width / 2, y: y - cy + height / 2 };
	};
	return {
		zoom,
		width,
		height,
		project: toScreen,
		unproject: ({ x, y }) => unproject([x + cx - width / 2, y + cy - height / 2], zoom),
		measure: (name) => ({ width: name.length * perCharacter, height: lineHeight }),
		countriesUnder: (box) => {
			// Sampled on one 4 px grid for the whole view, so the many boxes the search asks
			// about share their answers.
			const found = new Set<string>();
			const along = (low: number, high: number) => {
				const steps = [];
				for (let at = Math.ceil(low / 4) * 4; at <= high; at += 4) steps.push(at);
				return steps;
			};
			for (const x of along(box.left, box.right))
				for (const y of along(box.top, box.bottom)) {
					const key = `${x},${y}`;
					if (!under.has(key))
						under.set(
							key,
							countryAt(unproject([x + cx - width / 2, y + cy - height / 2], zoom))?.properties.iso3
						);
					const iso3 = under.get(key);
					if (iso3) found.add(iso3);
				}
			return [...found];
		}
	};
}
