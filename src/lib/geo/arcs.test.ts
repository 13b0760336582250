import { describe, expect, it } from 'vitest';
import { greatCircle, shiftLine } from './arcs';

describe('greatCircle', () => {
	it('joins two places in one part', () => {
		const parts = greatCircle([139.7, 35.7], [37.6, 55.8]);
		expect(parts).toHaveLength(1);
		expect(parts[0]![0]).toEqual([139.7, 35.7]);
		expect(parts[0]!.at(-1)![0]).toBeCloseTo(37.6);
	});

	it('crosses the Pacific in one piece, continuing longitudes past 180', () => {
		const parts = greatCircle([139.7, 35.7], [-77, 38.9]);
		expect(parts).toHaveLength(1);
		const line = parts[0]!;
		expect(line.at(-1)![0]).toBeCloseTo(283);
		for (let i = 1; i < line.length; i++)
			expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThan(30);
	});
});

it('shiftLine moves a whole line by turns', () => {
	const line = greatCircle([-98, 39], [127, 40])[0]!;
	const shifted = shiftLine(line, 262);
	expect(shifted[0]).toEqual([262, 39]);
	expect(shifted.at(-1)![0]).toBeCloseTo(127);
});
