import { expect, it } from 'vitest';
import coarse from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { dataset } from './dataset';
import { syntheticDataset } from './synthetic';
import { datasetToFiles } from './files';
import { validateDataset } from './validate';
import { numericToIso3 } from '$lib/server/geo/iso';
import { topologyToCountries } from '$lib/server/geo/natural-earth';

it('builds a consistent dataset of the asked size', () => {
	const extra = [
		{ iso3: 'BRA', name: 'Brazil' },
		{ iso3: 'ZAF', name: 'South Africa' },
		{ iso3: 'BRA', name: 'Brazil again' },
		{ iso3: 'JPN', name: 'already in the dataset' }
	];
	const big = syntheticDataset(dataset, 50, extra);
	expect(big.events).toHaveLength(dataset.events.length * 50);
	expect(big.countries).toHaveLength(dataset.countries.length + 2);
	expect(big.countries.find((c) => c.iso3 === 'BRA')?.name).toBe('Brazil');
	expect(new Set(big.events.map((e) => e.id)).size).toBe(big.events.length);
	// Written back as data files, it passes the same validation as data/ and reads back the same.
	expect(validateDataset(datasetToFiles(big))).toEqual(big);
});

it('spreads over every country of the world map when given them', () => {
	const world = topologyToCountries(coarse as unknown as Topology, numericToIso3).map(
		(c) => c.properties
	);
	expect(world.length).toBeGreaterThan(150);
	const big = syntheticDataset(dataset, 10, world);
	const named = new Set(big.events.flatMap((e) => e.countries));
	// Every event copy after the first names one more country, cycling through all of them.
	expect(named.size).toBeGreaterThan(world.length * 0.9);
	expect(() => validateDataset(datasetToFiles(big))).not.toThrow();
});

it('is not what a real build draws', () => {
	expect(dataset.events.every((e) => !/-x\d+$/.test(e.id))).toBe(true);
});
