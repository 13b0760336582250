import { pathVertices } from '$lib/geo/path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import coarse from 'world-atlas/countries-110m.json';
import fine from 'world-atlas/countries-50m.json';
import {
	buildWorld,
	cutAtAntimeridian,
	mergedCountries,
	topologyToCountries
} from './natural-earth';
import type { CountryFeature } from '$lib/geo/types';
import { mercatorWidth, mercatorY } from '$lib/map/camera/mercator';
import { numericToIso3 } from './iso';
import { dataset } from '$lib/data/dataset';
import { countriesWithoutGeometry } from '$lib/data/join';

const needed = dataset.countries.map((c) => c.iso3);
const world = buildWorld(
	coarse as unknown as Topology,
	fine as unknown as Topology,
	numericToIso3,
	needed
);
const byIso3 = (code: string) => world.countries.features.find((f) => f.properties.iso3 === code);

function rings(feature: CountryFeature): Position[][] {
	const g = feature.geometry;
	return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** The widest jump in longitude between consecutive vertices: a smear across the map is ~360°. */
function widestStep(feature: CountryFeature): number {
	let widest = 0;
	for (const ring of rings(feature)) {
		for (let i = 1; i < ring.length; i++)
			widest = Math.max(widest, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
	}
	return widest;
}

describe('ISO ids', () => {
	it('maps world-atlas numeric ids to alpha-3', () => {
		const raw = topologyToCountries(coarse as unknown as Topology, numericToIso3);
		const japan = raw.find((f) => f.properties.name === 'Japan');
		expect(japan?.properties.iso3).toBe('JPN');
		expect(raw.find((f) => f.properties.name === 'North Korea')?.properties.iso3).toBe('PRK');
		expect(raw.find((f) => f.properties.name === 'South Korea')?.properties.iso3).toBe('KOR');
	});

	it('gives every dataset country a geometry, pulling small states from the finer topology', () => {
		expect(
			countriesWithoutGeometry(
				dataset,
				world.countries.features.map((f) => f.properties.iso3)
			)
		).toEqual([]);
		expect(byIso3('SGP')).toBeDefined();
		expect(byIso3('MLT')).toBeDefined();
	});

	it('has no duplicate ids', () => {
		const codes = world.countries.features.map((f) => f.properties.iso3).filter(Boolean);
		expect(new Set(codes).size).toBe(codes.length);
	});
});

describe('antimeridian cut', () => {
	it('leaves Russia and Fiji without a stripe across the map', () => {
		const raw = topologyToCountries(coarse as unknown as Topology, numericToIso3);
		const russiaRaw = raw.find((f) => f.properties.iso3 === 'RUS')!;
		// The spherical original does step across the antimeridian: the test would catch a no-op cut.
		expect(widestStep(russiaRaw)).toBeGreaterThan(300);
		expect(widestStep(byIso3('RUS')!)).toBeLessThan(60);
		expect(widestStep(byIso3('FJI')!)).toBeLessThan(60);
	});

	it('keeps every vertex within ±180° and rounds to two decimals', () => {
		// Collected and compared once: an expect() per vertex made this slow on a busy machine.
		const offenders: string[] = [];
		for (const f of world.countries.features) {
			for (const ring of rings(f)) {
				for (const [x, y] of ring) {
					if (Math.abs(x!) > 180 || Math.abs(y!) > 90 || Math.round(x! * 100) / 100 !== x)
						offenders.push(`${f.properties.name} [${x}, ${y}]`);
				}
			}
		}
		expect(offenders).toEqual([]);
	});

	it('keeps closed rings and a country on the right side', () => {
		const japan = cutAtAntimeridian(
			topologyToCountries(coarse as unknown as Topology, numericToIso3).find(
				(f) => f.properties.iso3 === 'JPN'
			)!
		);
		for (const ring of rings(japan)) {
			expect(ring[0]).toEqual(ring.at(-1));
			for (const [x] of ring) expect(x).toBeGreaterThan(120);
		}
	});
});

describe('points', () => {
	const point = (code: string) => world.points.features.find((f) => f.properties.iso3 === code)!;
	it('marks tiny countries as small and large ones not', () => {
		expect(point('LBN').properties.small).toBe(true);
		expect(point('SGP').properties.small).toBe(true);
		expect(point('JPN').properties.small).toBe(false);
		expect(point('RUS').properties.small).toBe(false);
	});

	it('fits the United States to its mainland and Alaska, not round the world', () => {
		const [west, south, east, north] = point('USA').properties.bbox;
		expect(west).toBeGreaterThan(-175);
		expect(west).toBeLessThan(-160);
		expect(east).toBeGreaterThan(-70);
		expect(south).toBeGreaterThan(20);
		expect(north).toBeLessThan(75);
	});

	it('puts a country’s point inside its main territory', () => {
		const [x, y] = point('FRA').geometry.coordinates;
		expect(x).toBeGreaterThan(-5);
		expect(x).toBeLessThan(8);
		expect(y).toBeGreaterThan(42);
		expect(y).toBeLessThan(51);
	});
});

describe('svgWorld', () => {
	it('projects every country into the frame, without Antarctica', async () => {
		const { svgWorld } = await import('./natural-earth');
		const spherical = topologyToCountries(coarse as unknown as Topology, numericToIso3);
		const svg = svgWorld(spherical, 960, 440);
		expect(svg.countries.find((c) => c.iso3 === 'ATA')).toBeUndefined();
		const japan = svg.countries.find((c) => c.iso3 === 'JPN')!;
		expect(japan.d).toMatch(/^M[\d.]+ [\d.]+l/);
		const numbers = svg.countries.flatMap((c) => pathVertices(c.d).flat());
		expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1);
		expect(Math.max(...numbers)).toBeLessThanOrEqual(961);
	});
});

describe('mercatorSvgWorld', () => {
	it('puts the frame’s corners on the picture’s corners, in Web Mercator', async () => {
		const { mercatorSvgWorld } = await import('./natural-earth');
		const spherical = topologyToCountries(coarse as unknown as Topology, numericToIso3);
		const frame: [[number, number], [number, number]] = [
			[-10, 0],
			[30, 60]
		];
		const svg = mercatorSvgWorld(spherical, frame, 400);
		// Mercator stretches the north: 0-60°N is taller than 40° of longitude is wide. d3's
		// projection and the camera's own Web Mercator agree on how much.
		const expected = (400 * (mercatorY(60) - mercatorY(0))) / mercatorWidth(40);
		expect(svg.height).toBeCloseTo(expected, -1);
		// Everything is clipped to the frame, and what lies outside it is gone.
		const numbers = svg.countries.flatMap((c) => pathVertices(c.d).flat());
		expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(400, svg.height));
		expect(svg.countries.find((c) => c.iso3 === 'JPN')).toBeUndefined();
		expect(svg.countries.find((c) => c.iso3 === 'FRA')).toBeDefined();
	});

	it('draws a frame centred on the Pacific with Europe left, Japan mid and the Americas right', async () => {
		const { mercatorSvgWorld } = await import('./natural-earth');
		const spherical = topologyToCountries(coarse as unknown as Topology, numericToIso3);
		const svg = mercatorSvgWorld(
			spherical,
			[
				[-25, -57],
				[330, 76]
			],
			960
		);
		const left = (iso3: string) => {
			const xs = pathVertices(svg.countries.find((c) => c.iso3 === iso3)!.d).map(([x]) => x);
			return { min: Math.min(...xs), max: Math.max(...xs) };
		};
		const japan = left('JPN');
		expect(left('DEU').max).toBeLessThan(200);
		expect(japan.min).toBeGreaterThan(400);
		expect(japan.max).toBeLessThan(560);
		// The United States in one piece on the right, east of Japan.
		expect(left('USA').min).toBeGreaterThan(japan.max);
		expect(left('BRA').max).toBeLessThanOrEqual(960);
		expect(svg.countries.find((c) => c.iso3 === 'ATA')).toBeUndefined();
	});
});

describe('mergedCountries', () => {
	const coarseCountries = topologyToCountries(coarse as unknown as Topology, numericToIso3);
	const merged = mergedCountries(
		coarse as unknown as Topology,
		fine as unknown as Topology,
		numericToIso3,
		needed
	);
	const codes = merged.map((c) => c.properties.iso3);

	it('keeps every coarse country and adds, once each, the needed ones only the fine map has', () => {
		const coarseCodes = new Set(coarseCountries.map((c) => c.properties.iso3));
		const added = codes.slice(coarseCountries.length);
		expect(codes.slice(0, coarseCountries.length)).toEqual(
			coarseCountries.map((c) => c.properties.iso3)
		);
		expect(added.length).toBeGreaterThan(0);
		for (const code of added) {
			expect(coarseCodes.has(code)).toBe(false);
			expect(needed).toContain(code);
			expect(codes.filter((c) => c === code)).toHaveLength(1);
		}
	});

	it('is what the map cuts: the same countries in the same order', () => {
		expect(world.countries.features.map((f) => f.properties.iso3)).toEqual(codes);
	});
});
