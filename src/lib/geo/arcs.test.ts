import { describe, expect, it } from 'vitest';
import { greatCircle, LINE_CEILING, shiftLine, underCeiling } from './arcs';

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

describe('underCeiling', () => {
	it('flattens a line over the pole to stay south of the Arctic Circle, keeping its ends', () => {
		// The United States' name point to Thailand's: the great circle runs near the pole.
		const [line] = greatCircle([-98, 39], [101, 15]);
		expect(Math.max(...line!.map(([, lat]) => lat!))).toBeGreaterThan(70);
		const flat = underCeiling(line!);
		const peak = Math.max(...flat.map(([, lat]) => lat!));
		expect(peak).toBeLessThanOrEqual(LINE_CEILING);
		// Still a bend north of its ends, not a straight chord.
		expect(peak).toBeGreaterThan(55);
		expect(flat[0]).toEqual(line![0]);
		expect(flat.at(-1)).toEqual(line!.at(-1));
		expect(flat.map(([lng]) => lng)).toEqual(line!.map(([lng]) => lng));
	});
	it('leaves a line that stays south of it as it is', () => {
		const [line] = greatCircle([139.7, 35.7], [126.9, 37.5]);
		expect(underCeiling(line!)).toBe(line);
	});
});
