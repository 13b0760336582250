import { expect, it } from 'vitest';
import type { Frame } from '$lib/map/frames';
import { frameAround, type CountryBox } from './frame';

const JAPAN: CountryBox = [129, 31, 146, 45];
const ROMANIA: CountryBox = [20, 43, 30, 48];
const UNITED_STATES: CountryBox = [-168, 19, -66, 71];
const GREENWICH: Frame = [
	[-165, -50],
	[178, 75]
];
const PACIFIC: Frame = [
	[-25, -57],
	[330, 76]
];

it('frames every box with a margin', () => {
	const [[west, south], [east, north]] = frameAround([JAPAN, ROMANIA], { world: GREENWICH });
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

it('frames Japan and the United States across the Pacific when the world is framed there', () => {
	const [[west], [east]] = frameAround([JAPAN, UNITED_STATES], { world: PACIFIC });
	expect(west).toBeLessThan(129);
	expect(west).toBeGreaterThan(100);
	expect(east).toBeGreaterThan(360 - 66);
	expect(east).toBeLessThanOrEqual(330);
	// Framed on Greenwich, the same two span the Atlantic side instead.
	const [[greenwichWest], [greenwichEast]] = frameAround([JAPAN, UNITED_STATES], {
		world: GREENWICH
	});
	expect([greenwichWest, greenwichEast]).toEqual([-165, 178]);
});

it('never leaves the world frame, and falls back to it when there is nothing to frame', () => {
	expect(frameAround([[-170, -45, 178, 72]], { world: GREENWICH })).toEqual(GREENWICH);
	expect(frameAround([], { world: GREENWICH })).toEqual(GREENWICH);
});
