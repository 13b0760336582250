import { expect, it } from 'vitest';
import type { ScreenBox } from './callouts';
import { leaderEnd, segmentCrossesBox, segmentsCross } from './segments';

it('segments cross only where they do, and a segment crosses a box it passes through', () => {
	const at = (x: number, y: number) => ({ x, y });
	expect(segmentsCross(at(0, 0), at(10, 10), at(0, 10), at(10, 0))).toBe(true);
	expect(segmentsCross(at(0, 0), at(10, 0), at(0, 5), at(10, 5))).toBe(false);
	const box: ScreenBox = { left: 10, top: 10, right: 20, bottom: 20 };
	expect(segmentCrossesBox(at(0, 15), at(30, 15), box)).toBe(true);
	expect(segmentCrossesBox(at(0, 0), at(30, 5), box)).toBe(false);
	// A leader ending on the name's side does not count as crossing it.
	expect(segmentCrossesBox(at(0, 15), leaderEnd(at(0, 15), box), box)).toBe(false);
});

it('a leader line reaches the middle of the name’s near side', () => {
	const box: ScreenBox = { left: 10, top: 10, right: 50, bottom: 30 };
	expect(leaderEnd({ x: 0, y: 0 }, box)).toEqual({ x: 10, y: 20 });
	expect(leaderEnd({ x: 90, y: 40 }, box)).toEqual({ x: 50, y: 20 });
	expect(leaderEnd({ x: 30, y: 60 }, box)).toEqual({ x: 30, y: 30 });
});
