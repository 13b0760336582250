import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { getWorld } from '$lib/server/world';
import { packWorld, unpackWorld } from './topology';

describe('the live map’s world as one topology', () => {
	const world = getWorld();
	const packed = packWorld(world);

	it('unpacks to the very countries and points the build cut, vertex for vertex', () => {
		expect(unpackWorld(JSON.parse(JSON.stringify(packed)))).toEqual(world);
	});

	it('keeps Fiji and Russia cut at the antimeridian: no vertex past ±180°', () => {
		const longitudes = unpackWorld(packed)
			.countries.features.filter((f) => ['FJI', 'RUS'].includes(f.properties.iso3))
			.flatMap((f) => JSON.stringify(f.geometry.coordinates).match(/-?\d+(\.\d+)?(?=,)/g)!)
			.map(Number);
		expect(Math.max(...longitudes.map(Math.abs))).toBeLessThanOrEqual(180);
	});

	it('is smaller on the wire than the two GeoJSON files it replaces', () => {
		const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
		const before = gzip(world.countries) + gzip(world.points);
		expect(gzip(packed)).toBeLessThan(before * 0.8);
	});
});
