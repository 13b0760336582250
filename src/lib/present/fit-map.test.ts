import { describe, expect, it } from 'vitest';
import { WORLD_FRAME, type Frame } from '$lib/map/camera/frame';
import { frameAspect, frameForBox } from '$lib/map/camera/fit';
import { fitMap, isWideMap } from './fit-map';

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

describe('isWideMap', () => {
	it('calls a frame round the world wide, and East Asia not', () => {
		expect(
			isWideMap([
				[-25, -2],
				[329, 76]
			])
		).toBe(true);
		expect(
			isWideMap([
				[100, 20],
				[150, 50]
			])
		).toBe(false);
		// Europe to Japan's east (step 2): even as tall as the world allows, wider than the box
		// beside the words.
		expect(
			isWideMap([
				[-25, 27],
				[197, 68]
			])
		).toBe(true);
		// Europe to Japan: grown to the world's height it is about as tall as wide.
		expect(
			isWideMap([
				[5, 0],
				[160, 59]
			])
		).toBe(false);
	});
});
