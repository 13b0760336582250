import { describe, expect, it } from 'vitest';
import { WORLD_FRAME, type Box, type Frame } from './frame';
import { boxAspect, FILL_NORTH_LIMIT, fitMap, frameAround, frameAspect, frameForBox } from './fit';

const JAPAN: Box = [129, 31, 146, 45];
const ROMANIA: Box = [20, 43, 30, 48];
const UNITED_STATES: Box = [-168, 19, -66, 71];
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

describe('a frame and the box that shows it', () => {
	const EAST_ASIA_TO_EUROPE: Frame = [
		[5, 0],
		[161, 59]
	];

	it('measures a frame as Web Mercator draws it', () => {
		// At the equator a degree is as tall as it is wide.
		expect(
			frameAspect([
				[0, -1],
				[2, 1]
			])
		).toBeCloseTo(1, 3);
		// Towards the pole the same degrees of latitude take more height.
		expect(
			frameAspect([
				[0, 60],
				[2, 62]
			])
		).toBeLessThan(0.6);
	});

	it('gives a phone a box of the frame’s shape, within bounds', () => {
		const square: Frame = [
			[0, -30],
			[60, 30]
		];
		expect(boxAspect(square)).toBeCloseTo(frameAspect(square), 6);
		expect(boxAspect(EAST_ASIA_TO_EUROPE)).toBe(1.3);
		expect(
			boxAspect([
				[0, -60],
				[10, 60]
			])
		).toBe(0.8);
	});

	it('grows a wide frame into a taller box north up to the Arctic sea, then south', () => {
		const grown = frameForBox(EAST_ASIA_TO_EUROPE, 1);
		expect(frameAspect(grown)).toBeCloseTo(1, 6);
		const [[west, south], [east, north]] = grown;
		expect([west, east]).toEqual([5, 161]);
		expect(north).toBeCloseTo(FILL_NORTH_LIMIT, 6);
		expect(south).toBeLessThan(-20);
		// A little taller: north and south grow alike, short of the limit.
		const [[, a], [, b]] = frameForBox(EAST_ASIA_TO_EUROPE, 1.6);
		expect(b).toBeGreaterThan(59);
		expect(b).toBeLessThan(FILL_NORTH_LIMIT);
		expect(a).toBeLessThan(0);
	});

	it('grows a tall frame into a wider box on both sides, inside the world', () => {
		const tall: Frame = [
			[120, 20],
			[140, 50]
		];
		const [[west, south], [east, north]] = frameForBox(tall, 1.5);
		expect(
			frameAspect([
				[west, south],
				[east, north]
			])
		).toBeCloseTo(1.5, 6);
		expect([south, north]).toEqual([20, 50]);
		expect(130 - west).toBeCloseTo(east - 130, 6);
		// Against the world's west edge the growth goes east.
		const [[edgeWest], [edgeEast]] = frameForBox(
			[
				[-25, 20],
				[-5, 50]
			],
			1.5
		);
		expect(edgeWest).toBe(WORLD_FRAME[0][0]);
		expect(edgeEast).toBeGreaterThan(-5);
	});

	it('keeps a frame already of the box’s shape, and never grows past the world', () => {
		expect(frameForBox(EAST_ASIA_TO_EUROPE, frameAspect(EAST_ASIA_TO_EUROPE))).toEqual(
			EAST_ASIA_TO_EUROPE
		);
		const [[west, south], [east, north]] = frameForBox(WORLD_FRAME, 0.5);
		expect([west, east]).toEqual([WORLD_FRAME[0][0], WORLD_FRAME[1][0]]);
		expect(south).toBeGreaterThanOrEqual(WORLD_FRAME[0][1]);
		expect(north).toBeLessThanOrEqual(WORLD_FRAME[1][1]);
	});
});

describe('the map box that fits a room', () => {
	const EAST_ASIA: Frame = [
		[115, 25],
		[150, 46]
	];

	it('fills the whole room when the frame can grow to its shape', () => {
		for (const [width, height] of [
			[820, 700],
			[600, 900],
			[1100, 500]
		] as const) {
			const fitted = fitMap(EAST_ASIA, width, height);
			expect([fitted.width, fitted.height]).toEqual([width, height]);
			expect(frameAspect(fitted.frame)).toBeCloseTo(width / height, 2);
		}
	});

	it('is shorter than a tall room when the world stops the frame growing, in the frame’s shape', () => {
		// The whole world cannot grow north or south: a tall room gets a box of the world's shape.
		const fitted = fitMap(WORLD_FRAME, 820, 900);
		expect(fitted.width).toBe(820);
		expect(fitted.height).toBeCloseTo(820 / frameAspect(WORLD_FRAME), 0);
		expect(fitted.height).toBeLessThan(500);
		expect(fitted.frame).toEqual(frameForBox(WORLD_FRAME, 820 / 900));
	});

	it('is narrower than a wide room when the frame already spans the world’s longitudes', () => {
		const band: Frame = [
			[WORLD_FRAME[0][0], -40],
			[WORLD_FRAME[1][0], 70]
		];
		const fitted = fitMap(band, 4000, 600);
		expect(fitted.height).toBe(600);
		expect(fitted.width).toBeLessThan(4000);
		expect(fitted.width / fitted.height).toBeCloseTo(frameAspect(fitted.frame), 2);
	});
});
