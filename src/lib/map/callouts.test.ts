import { describe, expect, it } from 'vitest';
import { geoBounds, geoContains } from 'd3-geo';
import coarse from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { labelPoint, topologyToCountries } from '$lib/geo/world';
import { numericToIso3 } from '$lib/geo/iso';
import {
	CALLOUTS,
	CALLOUT_MAX_ZOOM,
	calloutName,
	closeInPlace,
	nameBox,
	overlapping,
	overlaps,
	placeName,
	type Callout
} from './callouts';

const countries = topologyToCountries(coarse as unknown as Topology, numericToIso3);
/** Each country's box, so a point is tested only against the few countries that could hold it. */
const boxes = countries.map((c) => geoBounds(c));
function countryAt(point: [number, number], except?: string) {
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
const NAMES: Record<string, string> = { PRK: 'North Korea', JPN: 'Japan', KOR: 'South Korea' };
/** Generous for the labels' 0.8rem semi-bold type: 8 px a character, 16 px high. */
const width = (callout: Callout, zoom: number) =>
	calloutName(callout, NAMES[callout.iso3]!, zoom).length * 8;
const HEIGHT = 16;

/** Web Mercator at a zoom, in CSS pixels, as MapLibre draws it (512 px tiles). */
function project([lng, lat]: [number, number], zoom: number): [number, number] {
	const size = 512 * 2 ** zoom;
	const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
	return [((lng + 180) / 360) * size, ((Math.PI - y) / (2 * Math.PI)) * size];
}
function unproject([x, y]: [number, number], zoom: number): [number, number] {
	const size = 512 * 2 ** zoom;
	const lat = (Math.atan(Math.sinh(Math.PI - (2 * Math.PI * y) / size)) * 180) / Math.PI;
	return [(x / size) * 360 - 180, lat];
}

/** A phone's world view (390 px wide) up to the zoom where the names move onto the countries. */
const ZOOMS = [-0.4, 0, 0.78, 1.5, 2.5, CALLOUT_MAX_ZOOM - 0.01];

describe('callouts of Japan and the Koreas', () => {
	it('never sit on a country’s fill, at any world zoom', () => {
		for (const zoom of ZOOMS) {
			for (const callout of CALLOUTS) {
				const [x, y] = project(callout.at, zoom);
				const box = nameBox(x, y, width(callout, zoom), HEIGHT);
				for (let i = 0; i <= 8; i++) {
					for (let j = 0; j <= 2; j++) {
						const point = unproject(
							[
								box.left + ((box.right - box.left) * i) / 8,
								box.top + ((box.bottom - box.top) * j) / 2
							],
							zoom
						);
						const under = countryAt(point);
						expect(under?.properties.name, `${callout.iso3} at zoom ${zoom}`).toBeUndefined();
					}
				}
			}
		}
	});

	it('closer in, sit on their own country or the sea, never on a neighbour', () => {
		// The label points the map uses, from the same geometry.
		const pointOf = (iso3: string) =>
			labelPoint(countries.find((c) => c.properties.iso3 === iso3)!) as [number, number];
		for (const zoom of [CALLOUT_MAX_ZOOM, 4.5, 5.5, 7]) {
			for (const callout of CALLOUTS) {
				const { at, centred } = closeInPlace(callout, pointOf(callout.iso3), zoom);
				const [x, y] = project(at, zoom);
				const w = NAMES[callout.iso3]!.length * 8;
				const box = nameBox(centred ? x - w / 2 : x, y, w, HEIGHT);
				for (let i = 0; i <= 8; i++) {
					for (let j = 0; j <= 2; j++) {
						const point = unproject(
							[
								box.left + ((box.right - box.left) * i) / 8,
								box.top + ((box.bottom - box.top) * j) / 2
							],
							zoom
						);
						const under = countryAt(point, callout.iso3);
						expect(under?.properties.name, `${callout.iso3} at zoom ${zoom}`).toBeUndefined();
					}
				}
			}
		}
	});

	it('never overlap each other', () => {
		for (const zoom of ZOOMS) {
			const boxes = CALLOUTS.map((c) => {
				const [x, y] = project(c.at, zoom);
				return nameBox(x, y, width(c, zoom), HEIGHT);
			});
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++)
					expect(overlaps(boxes[i]!, boxes[j]!), `zoom ${zoom}`).toBe(false);
		}
	});

	it('use the full names once the world is wider than a phone', () => {
		for (const callout of CALLOUTS) expect(calloutName(callout, 'Name', 0.78)).toBe('Name');
		expect(calloutName(CALLOUTS[0]!, 'North Korea', -0.4)).toBe('N. Korea');
	});

	it('are stacked north to south as the countries lie', () => {
		const lats = CALLOUTS.map((c) => c.at[1]);
		expect(lats).toEqual([...lats].sort((a, b) => b - a));
		expect(CALLOUTS.map((c) => c.iso3)).toEqual(['PRK', 'JPN', 'KOR']);
	});
});

it('overlaps tells touching boxes from apart ones', () => {
	expect(overlaps(nameBox(0, 0, 10, 10), nameBox(5, 5, 10, 10))).toBe(true);
	expect(overlaps(nameBox(0, 0, 10, 10), nameBox(0, 10, 10, 10))).toBe(false);
});

describe('placeName', () => {
	const prk = CALLOUTS[0]!;
	const jpn = CALLOUTS[1]!;
	/** A flat test view: 10 px a degree, west edge at `west`, north edge at 60°. */
	const view = (zoom: number, west: number, width = 800, height = 400) => ({
		zoom,
		width,
		height,
		project: ([lng, lat]: [number, number]) => ({ x: (lng - west) * 10, y: (60 - lat) * 10 }),
		measure: (name: string) => ({ width: name.length * 8, height: 16 })
	});

	it('calls a name out over the sea at world zoom, when the callout is in view', () => {
		const placement = placeName(prk, [127, 40], 'North Korea', view(1, 100));
		expect(placement).toMatchObject({ mode: 'out', at: prk.at, name: 'North Korea' });
	});

	it('puts it on or beside its country when the callout would leave the view', () => {
		// A frame of East Asia alone: 95°E to 150°E, no room for the Pacific callouts.
		const east = view(1, 95, 550);
		expect(placeName(prk, [127, 40], 'North Korea', east)).toMatchObject({
			mode: 'close',
			at: prk.offshore,
			centred: false
		});
		expect(placeName(jpn, [138, 36], 'Japan', east)).toMatchObject({
			mode: 'close',
			at: [138, 36],
			centred: true
		});
	});

	it("moves North Korea's name from offshore onto the country once the country can hold it", () => {
		const justCloser = placeName(prk, [127, 40], 'North Korea', view(4, 95, 550));
		expect(justCloser).toMatchObject({ mode: 'close', at: prk.offshore, centred: false });
		const countryPage = placeName(prk, [127, 40], 'North Korea', view(5.5, 115, 800));
		expect(countryPage).toMatchObject({ mode: 'close', at: [127, 40], centred: true });
	});

	it('hides it when even its country is out of view', () => {
		expect(placeName(jpn, [138, 36], 'Japan', view(5, 0, 400)).mode).toBe('hidden');
	});
});

it('overlapping hides a later name that would touch an earlier one', () => {
	const a = nameBox(0, 0, 50, 16);
	const b = nameBox(40, 4, 50, 16);
	const c = nameBox(200, 0, 50, 16);
	expect(overlapping([a, b, c])).toEqual([false, true, false]);
	expect(overlapping([null, b])).toEqual([false, false]);
});
