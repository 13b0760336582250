import { expect, it } from 'vitest';
import { dataset } from './dataset';
import { syntheticDataset } from './synthetic';
import { integrityProblems } from './validate';

it('builds a consistent dataset of the asked size', () => {
	const big = syntheticDataset(dataset, 50, ['BRA', 'ZAF', 'IND']);
	expect(big.events).toHaveLength(dataset.events.length * 50);
	expect(big.countries).toHaveLength(dataset.countries.length + 3);
	const raw = {
		'document.json': {},
		'countries.json': {},
		'events.json': {},
		'recurring.json': {},
		'groups.json': {}
	};
	expect(integrityProblems(big, raw)).toEqual([]);
});
