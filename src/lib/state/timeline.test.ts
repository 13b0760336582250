import { describe, expect, it } from 'vitest';
import { monthsBetween, nearestStop, stopPositions, yearTicks } from './timeline';

describe('timeline positions', () => {
	it('counts months across years', () => {
		expect(monthsBetween('2005-09', '2007-02')).toBe(17);
		expect(monthsBetween('2018-12', '2018-12')).toBe(0);
	});

	it('places stops in proportion to time, the document last', () => {
		const positions = stopPositions(['2005-09', '2007-10', '2013-03'], '2018-12');
		expect(positions).toEqual([0, 25, 90, 159]);
		// The gap from 2007 to 2013 is longer than from 2005 to 2007, as it was.
		expect(positions[2]! - positions[1]!).toBeGreaterThan(positions[1]! - positions[0]!);
	});

	it('snaps a position between stops to the nearest one', () => {
		const positions = [0, 25, 90, 159];
		expect(nearestStop(positions, 50)).toBe(1);
		expect(nearestStop(positions, 60)).toBe(2);
		expect(nearestStop(positions, 200)).toBe(3);
	});

	it('marks each new year at its share of the track', () => {
		const ticks = yearTicks('2005-09', '2007-09');
		expect(ticks).toEqual([
			{ year: 2006, at: 4 / 24 },
			{ year: 2007, at: 16 / 24 }
		]);
	});
});
