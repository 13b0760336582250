import { expect, it } from 'vitest';
import { frameAround, WORLD_FRAME, type Box } from './frames';

const JAPAN: Box = [129, 31, 146, 45];
const ROMANIA: Box = [20, 43, 30, 48];

it('frames every box with a margin', () => {
	const [[west, south], [east, north]] = frameAround([JAPAN, ROMANIA]);
	expect(west).toBeLessThan(20);
	expect(east).toBeGreaterThan(146);
	expect(south).toBeLessThan(31);
	expect(north).toBeGreaterThan(48);
});

it('keeps a lone small country among its neighbours', () => {
	const [[west, south], [east, north]] = frameAround([[124, 37.7, 130.7, 43]]);
	expect(east - west).toBeGreaterThanOrEqual(40);
	expect(north - south).toBeGreaterThanOrEqual(40);
	expect((west + east) / 2).toBeCloseTo(127.35);
});

it('never leaves the world frame, and falls back to it when there is nothing to frame', () => {
	const [[west, south], [east, north]] = frameAround([[-170, -45, 178, 72]]);
	expect([west, south, east, north]).toEqual([
		WORLD_FRAME[0][0],
		WORLD_FRAME[0][1],
		WORLD_FRAME[1][0],
		WORLD_FRAME[1][1]
	]);
	expect(frameAround([])).toEqual(WORLD_FRAME);
});
