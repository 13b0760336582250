import { describe, expect, it } from 'vitest';
import {
	coarseCountries,
	ringsOf,
	tooCoarseFor,
	trimmedWorld,
	WORLD_COARSE,
	type UnitsBox
} from './coarse';
import { compactPath } from './path';
import type { SvgCountry } from './types';

/** A country drawn through these points (units), as the build writes paths. */
function country(iso3: string, ...rings: [number, number][][]): SvgCountry {
	const d = rings
		.map((ring) => ring.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('') + 'Z')
		.join('');
	return { iso3, name: iso3, d: compactPath(d) };
}

/** A wiggly border from (10, 0) down to (10, 10): off the straight line by 0.1–0.3 units. */
const border: [number, number][] = [
	[10, 0],
	[10.2, 2.1],
	[9.9, 4.3],
	[10.3, 6.2],
	[10.1, 8.4],
	[10, 10]
];
const west = country('WWW', [[0, 0], ...border, [0, 10]]);
const east = country('EEE', [[20, 10], ...[...border].reverse(), [20, 0]]);

const pointsOf = (c: SvgCountry) => ringsOf(c.d).flat();
const keys = (points: [number, number][]) => new Set(points.map(([x, y]) => `${x},${y}`));

describe('coarseCountries', () => {
	it('straightens a border within the tolerance and snaps it to whole units', () => {
		const [w] = coarseCountries([west, east], WORLD_COARSE, null);
		expect(pointsOf(w!)).toEqual([
			[0, 0],
			[100, 0],
			[100, 100],
			[0, 100]
		]);
	});

	it('keeps a shared border shared: the same points from either side', () => {
		// A border with a real bend (2.5 units), which the tolerance keeps, and a wiggle it drops;
		// the eastern country's ring starts on the wiggle.
		const bent: [number, number][] = [
			[10, 0],
			[10.1, 2],
			[12.5, 5],
			[11.4, 7.1],
			[10.2, 8],
			[10, 10]
		];
		const eastRing = [...bent].reverse().concat([
			[20, 0],
			[20, 10]
		] as [number, number][]);
		const fromWiggle = [...eastRing.slice(2), ...eastRing.slice(0, 2)];
		const [w, e] = coarseCountries(
			[country('WWW', [[0, 0], ...bent, [0, 10]]), country('EEE', fromWiggle)],
			WORLD_COARSE,
			null
		);
		const onBorder = (c: SvgCountry) => pointsOf(c).filter(([x]) => x > 0 && x < 200);
		expect(keys(onBorder(e!))).toEqual(keys(onBorder(w!)));
		expect(keys(onBorder(w!))).toEqual(
			keys([
				[100, 0],
				[100, 20],
				[130, 50],
				[100, 80],
				[100, 100]
			])
		);
	});

	it('keeps every vertex inside the fine box as it was', () => {
		const fine: UnitsBox = [9, 3, 2, 4];
		const [w] = coarseCountries([west, east], WORLD_COARSE, fine);
		expect(keys(pointsOf(w!))).toEqual(
			keys([
				[0, 0],
				[100, 0],
				[99, 43],
				[103, 62],
				[100, 100],
				[0, 100]
			])
		);
	});

	it('drops an island smaller than the grid, but never a whole country', () => {
		const islands = country(
			'ISL',
			[
				[0, 0],
				[8, 0],
				[8, 8],
				[0, 8]
			],
			[
				[30.1, 30.1],
				[30.3, 30.1],
				[30.2, 30.3]
			]
		);
		const tiny = country('TNY', [
			[50.1, 50.1],
			[50.3, 50.1],
			[50.2, 50.3]
		]);
		const [big, small] = coarseCountries([islands, tiny], WORLD_COARSE, null);
		expect(ringsOf(big!.d)).toHaveLength(1);
		expect(small!.d).toBe(tiny.d);
	});
});

describe('tooCoarseFor', () => {
	const box: UnitsBox = [100, 100, 50, 40];
	it('is never too coarse for a world drawn in full', () => {
		expect(tooCoarseFor(null, [0, 0, 10, 10], 50)).toBe(false);
	});
	it('is fine at a small scale anywhere, and inside the fine box at any scale', () => {
		expect(tooCoarseFor(box, [0, 0, 960, 513], 1.3)).toBe(false);
		expect(tooCoarseFor(box, [110, 110, 20, 20], 17)).toBe(false);
	});
	it('is too coarse zoomed in past the fine box', () => {
		expect(tooCoarseFor(box, [140, 110, 20, 20], 17)).toBe(true);
		expect(tooCoarseFor([0, 0, 0, 0], [110, 110, 200, 100], 3)).toBe(true);
	});
});

describe('trimmedWorld', () => {
	const far = country('FAR', [
		[50, 50],
		[60, 50],
		[60, 60]
	]);
	const world = { width: 100, height: 100, countries: [west, east, far] };
	// From x 5 to 15 and y 3 to 7: across the border, between its wiggles' ends.
	const box: UnitsBox = [5, 3, 10, 4];
	const trimmed = trimmedWorld(world, box);
	const [w, e] = trimmed.countries;

	it('keeps only the countries that reach into the box, and says where it is drawn', () => {
		expect(trimmed.countries.map((c) => c.iso3)).toEqual(['WWW', 'EEE']);
		expect(trimmed.fineWithin).toEqual(box);
	});

	it('cuts each country to the box', () => {
		for (const [x, y] of pointsOf(w!).concat(pointsOf(e!))) {
			expect(x).toBeGreaterThanOrEqual(50);
			expect(x).toBeLessThanOrEqual(150);
			expect(y).toBeGreaterThanOrEqual(30);
			expect(y).toBeLessThanOrEqual(70);
		}
		// The west country fills the box from its left edge to the border.
		expect(keys(pointsOf(w!))).toContain('50,30');
		expect(keys(pointsOf(w!))).toContain('50,70');
	});

	it('keeps the border inside the box as it was, shared by both sides', () => {
		const inside = ([x, y]: [number, number]) => y > 30 && y < 70 && x > 50 && x < 150;
		const westBorder = [...keys(pointsOf(w!).filter(inside))];
		const eastBorder = [...keys(pointsOf(e!).filter(inside))];
		expect(westBorder.sort()).toEqual(['103,62', '99,43']);
		expect(eastBorder.sort()).toEqual(westBorder.sort());
	});
});
