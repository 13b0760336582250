import { describe, expect, it } from 'vitest';
import {
	CALLOUTS,
	CALLOUT_MAX_ZOOM,
	calloutName,
	closeInPlace,
	calloutNear,
	nameBox,
	nearestCopy,
	overlaps,
	type Callout
} from './callouts';
import { countriesUnderBox, NAMES, pointOf, project } from './test-world';

/** Generous for the labels' 0.8rem semi-bold type: 8 px a character, 16 px high. */
const width = (callout: Callout, zoom: number) =>
	calloutName(callout, NAMES[callout.iso3]!, zoom).length * 8;
const HEIGHT = 16;

/** A phone's world view (390 px wide) up to the zoom where the names move onto the countries. */
const ZOOMS = [-0.4, 0, 0.78, 1.5, 2.5, CALLOUT_MAX_ZOOM - 0.01];

describe('callouts of Japan and the Koreas', () => {
	it('never sit on a country’s fill, at any world zoom', () => {
		for (const zoom of ZOOMS) {
			for (const callout of CALLOUTS) {
				const [x, y] = project(callout.at, zoom);
				const box = nameBox(x, y, width(callout, zoom), HEIGHT);
				expect(countriesUnderBox(box, zoom), `${callout.iso3} at zoom ${zoom}`).toEqual([]);
			}
		}
	});

	it('closer in, sit on their own country or the sea, never on a neighbour', () => {
		for (const zoom of [CALLOUT_MAX_ZOOM, 4.5, 5.5, 7]) {
			for (const callout of CALLOUTS) {
				const { at, centred } = closeInPlace(callout, pointOf(callout.iso3), zoom);
				const [x, y] = project(at, zoom);
				const w = NAMES[callout.iso3]!.length * 8;
				const box = nameBox(centred ? x - w / 2 : x, y, w, HEIGHT);
				expect(
					countriesUnderBox(box, zoom, callout.iso3),
					`${callout.iso3} at zoom ${zoom}`
				).toEqual([]);
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

it('the map’s world copies: a longitude and a callout moved to the copy nearest the view', () => {
	expect(nearestCopy(127, -170)).toBe(-233);
	expect(nearestCopy(127, 150)).toBe(127);
	expect(nearestCopy(-170, 150)).toBe(190);
	const moved = calloutNear(CALLOUTS[0]!, 127, -170);
	expect(moved.at).toEqual([155 - 360, 49]);
	expect(moved.offshore).toEqual([130.2 - 360, 40.6]);
});
