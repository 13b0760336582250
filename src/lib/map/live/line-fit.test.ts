import { describe, expect, it } from 'vitest';
import { LINE_CEILING, greatCircle, shiftLine, underCeiling } from '$lib/geo/arcs';
import { intoFrame } from '../camera/frame';
import { latitudeAt, mercatorY } from '../camera/mercator';
import { coveredTopOf, LINE_TOP_MARGIN, lineCeilingIn, type ViewedMap } from './line-fit';

/** A Web Mercator view of `width` x `height` pixels centred at `centre`, as MapLibre projects. */
function view(centre: [number, number], zoom: number, width = 672, height = 512): ViewedMap {
	const perRadian = (512 * 2 ** zoom) / (2 * Math.PI);
	const radians = (deg: number) => (deg * Math.PI) / 180;
	const centreY = mercatorY(centre[1]);
	return {
		getCenter: () => ({ lng: centre[0] }),
		getContainer: () => ({ clientWidth: width, clientHeight: height }),
		project: ([lng, lat]) => ({
			x: width / 2 + radians(lng - centre[0]) * perRadian,
			y: height / 2 - (mercatorY(lat) - centreY) * perRadian
		}),
		unproject: ([, y]) => ({ lat: latitudeAt(centreY + (height / 2 - y) / perRadian) })
	};
}

const line = (from: [number, number], to: [number, number]) =>
	shiftLine(greatCircle(from, to)[0]!, intoFrame(from[0]));
const TOKYO: [number, number] = [139.7, 35.7];
const BERLIN: [number, number] = [13.4, 52.5];
const WASHINGTON: [number, number] = [-77, 38.9];

describe('the engagement lines in the reader’s view', () => {
	it('keeps the Arctic Circle at world zoom, where the view reaches past it', () => {
		const ceilingOf = lineCeilingIn(view([150, 20], 0.4), 44);
		expect(ceilingOf(line(TOKYO, BERLIN))).toBe(LINE_CEILING);
	});

	it('holds a line between two places in view under the view’s clear top', () => {
		// Panned south and zoomed: Tokyo and Berlin both in view, the top well south of 66.5°.
		const map = view([76, 30], 1.6);
		const ceilingOf = lineCeilingIn(map, 44);
		const tokyoBerlin = line(TOKYO, BERLIN);
		const ceiling = ceilingOf(tokyoBerlin);
		expect(ceiling).toBeLessThan(LINE_CEILING);
		const held = underCeiling(tokyoBerlin, ceiling);
		for (const [lng, lat] of held) {
			const { y } = map.project([lng!, lat!]);
			expect(y).toBeGreaterThanOrEqual(44 + LINE_TOP_MARGIN - 1e-6);
		}
		// Its ends stay where they were.
		expect(held[0]).toEqual(tokyoBerlin[0]);
		expect(held.at(-1)).toEqual(tokyoBerlin.at(-1));
		// Held under the Arctic Circle alone, as at world zoom, it ran under the top's cover.
		const world = underCeiling(tokyoBerlin);
		const peak = Math.min(...world.map(([lng, lat]) => map.project([lng!, lat!]).y));
		expect(peak).toBeLessThan(44);
	});

	it('leaves a line with an end out of view as it is: it runs towards its other end', () => {
		const ceilingOf = lineCeilingIn(view([135, 38], 2.5), 44);
		expect(ceilingOf(line(WASHINGTON, TOKYO))).toBe(LINE_CEILING);
	});

	it('judges a line on the world copy nearest the view’s centre', () => {
		// The frame's longitudes run past 180: the same view centred a turn west.
		const ceilingOf = lineCeilingIn(view([76 - 360, 30], 1.6), 44);
		expect(ceilingOf(line(TOKYO, BERLIN))).toBeLessThan(LINE_CEILING);
	});

	it('reads how far down the top edge is covered from the covers touching it', () => {
		const controls = { left: 8, top: 8, right: 610, bottom: 44 };
		const legend = { left: 424, top: 300, right: 664, bottom: 504 };
		expect(coveredTopOf([controls, legend])).toBe(44);
		expect(coveredTopOf([legend])).toBe(0);
	});
});
