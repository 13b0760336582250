import { describe, expect, it } from 'vitest';
import { greatCircle } from './arcs';

describe('greatCircle', () => {
	it('joins two places in one part when it stays off the antimeridian', () => {
		const parts = greatCircle([139.7, 35.7], [37.6, 55.8]);
		expect(parts).toHaveLength(1);
		expect(parts[0]![0]).toEqual([139.7, 35.7]);
		expect(parts[0]!.at(-1)![0]).toBeCloseTo(37.6);
	});

	it('splits a trans-Pacific line at ±180 with no jump across the map', () => {
		const parts = greatCircle([139.7, 35.7], [-77, 38.9]);
		expect(parts).toHaveLength(2);
		expect(parts[0]!.at(-1)![0]).toBe(180);
		expect(parts[1]![0]![0]).toBe(-180);
		expect(parts[0]!.at(-1)![1]).toBeCloseTo(parts[1]![0]![1]!);
		for (const part of parts) {
			for (let i = 1; i < part.length; i++)
				expect(Math.abs(part[i]![0]! - part[i - 1]![0]!)).toBeLessThan(30);
		}
	});
});
