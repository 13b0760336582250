import { describe, expect, it } from 'vitest';
import { step, westToEast } from './keyboard';

describe('keyboard order', () => {
	const order = westToEast([
		{ iso3: 'JPN', lng: 138 },
		{ iso3: 'USA', lng: -100 },
		{ iso3: 'LBN', lng: 35.8 }
	]);

	it('orders countries west to east', () => {
		expect(order).toEqual(['USA', 'LBN', 'JPN']);
	});

	it('steps forward and back, wrapping at the ends', () => {
		expect(step(order, null, 1)).toBe('USA');
		expect(step(order, null, -1)).toBe('JPN');
		expect(step(order, 'USA', 1)).toBe('LBN');
		expect(step(order, 'JPN', 1)).toBe('USA');
		expect(step(order, 'USA', -1)).toBe('JPN');
		expect(step(order, 'XXX', 1)).toBe('USA');
		expect(step([], 'USA', 1)).toBeNull();
	});
});
