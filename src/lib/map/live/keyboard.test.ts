import { describe, expect, it } from 'vitest';
import { indexPlaces, step, westToEast } from './keyboard';

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

describe('indexPlaces', () => {
	const point = (iso3: string, lng: number, lat: number) => ({
		properties: {
			iso3,
			bbox: [lng - 1, lat - 1, lng + 1, lat + 1] as [number, number, number, number]
		},
		geometry: { coordinates: [lng, lat] }
	});
	const index = indexPlaces(
		[point('JPN', 138, 36), point('FRA', 2, 46), point('USA', -100, 40), point('BRA', -50, -10)],
		['JPN', 'USA', 'FRA', 'XXX']
	);

	it('places and bounds every point, selectable or not, in the world frame’s longitudes', () => {
		expect(index.places.get('BRA')).toEqual([310, -10]);
		expect(index.bounds.get('JPN')).toEqual([137, 35, 139, 37]);
		expect(index.places.size).toBe(4);
	});

	it('walks only the selectable countries that have a place, west to east across the frame', () => {
		expect(index.keyboardOrder).toEqual(['FRA', 'JPN', 'USA']);
	});
});
