import { describe, expect, it } from 'vitest';
import { leaderLength, leaderOverLand } from './leaders';
import type { PlacementView } from './search';

describe('leaders', () => {
	// A flat map: land of "AAA" left of x = 50, "BBB" from x = 100 to 140, sea elsewhere.
	const view = {
		countriesUnder: ({ left }: { left: number }) =>
			left < 50 ? ['AAA'] : left >= 100 && left < 140 ? ['BBB'] : []
	} as unknown as PlacementView;
	it('measures a leader in pixels', () => {
		expect(
			leaderLength([
				{ x: 0, y: 0 },
				{ x: 30, y: 40 }
			])
		).toBe(50);
	});
	it('counts the pixels of a leader over the countries asked about, and only those', () => {
		const leader: [{ x: number; y: number }, { x: number; y: number }] = [
			{ x: 40, y: 0 },
			{ x: 200, y: 0 }
		];
		// 40 px across BBB, sampled every 4 px.
		expect(leaderOverLand(leader, (iso3) => iso3 === 'BBB', view)).toBe(40);
		expect(leaderOverLand(leader, (iso3) => iso3 !== 'AAA', view)).toBe(40);
		expect(leaderOverLand(leader, () => false, view)).toBe(0);
	});
});
