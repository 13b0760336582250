import { describe, expect, it } from 'vitest';
import { indexPlaces, step, walkOrder, westToEast } from './keyboard';

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
	const index = indexPlaces([
		point('JPN', 138, 36),
		point('FRA', 2, 46),
		point('USA', -100, 40),
		point('BRA', -50, -10)
	]);

	it('places and bounds every point in the world frame’s longitudes', () => {
		expect(index.places.get('BRA')).toEqual([310, -10]);
		expect(index.bounds.get('JPN')).toEqual([137, 35, 139, 37]);
		expect(index.places.size).toBe(4);
	});
});

describe('walkOrder', () => {
	// The document names Japan, North Korea, Thailand and Lebanon in that order; Portugal and
	// Canada are on the map but the view (say, abductions) is not about them.
	const documentOrder = ['JPN', 'PRK', 'THA', 'LBN', 'PRT', 'CAN', 'XYZ'];
	const about = (iso3: string) => ['JPN', 'PRK', 'THA', 'LBN'].includes(iso3);
	const lng: Record<string, number> = {
		JPN: 138,
		PRK: 127,
		THA: 101,
		LBN: 35.8,
		PRT: -8,
		CAN: 254
	};
	const order = walkOrder(documentOrder, about, (iso3) => lng[iso3]);

	it("walks the view's countries first, in the document's order", () => {
		expect(order.slice(0, 4)).toEqual(['JPN', 'PRK', 'THA', 'LBN']);
	});

	it('then the rest west to east, and the unplaced last', () => {
		expect(order.slice(4)).toEqual(['PRT', 'CAN', 'XYZ']);
	});

	it('walks every country once', () => {
		expect([...order].sort()).toEqual([...documentOrder].sort());
	});
});
