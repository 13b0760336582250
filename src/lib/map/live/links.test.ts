import { expect, it } from 'vitest';
import { headFeatures, linkFeatures } from './links';
import { WORLD_FRAME } from '../camera/frame';
import { dataset } from '$lib/data/dataset';
import { linksOf } from '$lib/data/engagement';

it('draws one line per link with a readable label and what it stands for', () => {
	const places = new Map<string, [number, number]>([
		['JPN', [138, 36]],
		['RUS', [96, 61]],
		['PRK', [127, 40]],
		['USA', [-100, 40]]
	]);
	const names = new Map(dataset.countries.map((c) => [c.iso3, c.name]));
	const collection = linkFeatures(linksOf(dataset.events), places, (code) => names.get(code)!);
	const russia = collection.features.find((f) => f.properties.id === 'JPN-RUS')!;
	// Japan acted in the summit: the label runs from it. With the US both sides acted at times.
	expect(russia.properties.label).toBe('Japan → Russia');
	const withUs = collection.features.find((f) => ['JPN-USA', 'USA-JPN'].includes(f.properties.id))!;
	expect(withUs.properties.label).toMatch(/^(Japan – United States|United States – Japan)$/);
	expect(russia.properties.detail).toEqual(['September 2018: Japan–Russia Summit (Summit)']);
	// A kind keeps its capitals: North Korea is a name.
	const raised = collection.features.find((f) => f.properties.kind === 'raised-with-dprk')!;
	expect(raised.properties.detail.join(' ')).toContain('(Raised with North Korea)');
	const usToDprk = collection.features.find((f) => f.properties.id === 'USA-PRK')!;
	expect(usToDprk.properties.kind).toBe('raised-with-dprk');
	// Every line lies in the world frame in one piece: Japan to the United States crosses the
	// Pacific eastward, it does not leave the right edge and come back at the left.
	const [[west], [east]] = WORLD_FRAME;
	for (const feature of collection.features) {
		expect(feature.geometry.coordinates).toHaveLength(1);
		for (const [lng] of feature.geometry.coordinates[0]!) {
			expect(lng).toBeGreaterThanOrEqual(west);
			expect(lng).toBeLessThanOrEqual(east);
		}
	}
	const toUsa = collection.features.find((f) => f.properties.id === 'JPN-USA')!;
	expect(toUsa.geometry.coordinates[0]!.at(-1)![0]).toBeCloseTo(260);
	// Countries without a place (not in this small map) are left out rather than drawn to nowhere.
	expect(
		collection.features.every((f) => f.properties.id.split('-').every((c) => places.has(c)))
	).toBe(true);
});

it('gives a one-way line a head, drawn from the side that acted, only from the zoom where it fits', () => {
	const places = new Map<string, [number, number]>([
		['JPN', [138, 36]],
		['RUS', [96, 61]],
		['KOR', [128, 36]],
		['USA', [-100, 40]]
	]);
	const names = new Map(dataset.countries.map((c) => [c.iso3, c.name]));
	const collection = linkFeatures(linksOf(dataset.events), places, (code) => names.get(code)!);
	const russia = collection.features.find((f) => f.properties.id === 'JPN-RUS')!;
	expect(russia.properties.oneWay).toBe(true);
	// The line starts in Japan, so its head, turned the way it runs, points at Russia.
	expect(russia.geometry.coordinates[0]![0]).toEqual([138, 36]);
	const withUs = collection.features.find((f) => ['JPN-USA', 'USA-JPN'].includes(f.properties.id))!;
	expect(withUs.properties.oneWay).toBe(false);
	const heads = headFeatures(collection).features;
	const headOf = (ids: string[]) => heads.find((f) => ids.includes(f.properties.id))!;
	// Both sides acted with the United States: no head on that line.
	expect(headOf(['JPN-USA', 'USA-JPN'])).toBeUndefined();
	// Japan to Russia is some 60 px long at zoom 0 (MapLibre's world is 512 px): a line of 42 px
	// carries a head, so it fits from the start. Japan to South Korea, 10 degrees of longitude, is
	// 14 px at zoom 0, 28 at zoom 1 and 57 at zoom 2: its head comes between.
	expect(headOf(['JPN-RUS']).properties.headFromZoom).toBeLessThan(0);
	const korea = headOf(['JPN-KOR', 'KOR-JPN']);
	expect(korea.properties.headFromZoom).toBeGreaterThan(1);
	expect(korea.properties.headFromZoom).toBeLessThan(2);
});

it('stands each one-way line’s head at its middle on the map, turned the way it runs', () => {
	const line = (id: string, coordinates: [number, number][], oneWay = true) => ({
		type: 'Feature' as const,
		properties: { id, kind: 'summit' as const, label: '', oneWay, detail: [] },
		geometry: { type: 'MultiLineString' as const, coordinates: [coordinates] }
	});
	const { features } = headFeatures({
		type: 'FeatureCollection',
		features: [
			// East along the equator: the middle at 45°E, pointing east (0°).
			line('east', [
				[0, 0],
				[30, 0],
				[90, 0]
			]),
			// West: pointing west (180°).
			line('west', [
				[90, 0],
				[0, 0]
			]),
			// North along a meridian, to 60°N: the middle is measured on the map, where the north
			// is stretched, so it lies north of 30°N; pointing north (-90°, SVG's way round).
			line('north', [
				[10, 0],
				[10, 20],
				[10, 40],
				[10, 60]
			]),
			// Both sides acted: no head.
			line(
				'both',
				[
					[0, 0],
					[90, 0]
				],
				false
			)
		]
	});
	expect(features.map((f) => f.properties.id)).toEqual(['east', 'west', 'north']);
	const [east, west, north] = features;
	expect(east!.geometry.coordinates[0]).toBeCloseTo(45, 6);
	expect(east!.geometry.coordinates[1]).toBeCloseTo(0, 6);
	expect(east!.properties.angle).toBe(0);
	expect(west!.properties.angle).toBe(180);
	expect(north!.properties.angle).toBe(-90);
	expect(north!.geometry.coordinates[1]).toBeGreaterThan(35);
	expect(north!.geometry.coordinates[1]).toBeLessThan(45);
});
