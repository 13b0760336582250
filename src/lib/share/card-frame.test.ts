import { describe, expect, it } from 'vitest';
import { frameAspect } from '$lib/map/camera/fit';
import { cardFrame } from './card-frame';
import type { Box } from '$lib/map/camera/frame';

const LEBANON: Box = [35.1, 33.05, 36.6, 34.7];
const SOUTH_KOREA: Box = [126.1, 34.4, 129.6, 38.6];
const RUSSIA: Box = [-180, 41.2, 180, 81.9];

const inside = ([west, south, east, north]: Box, [[w, s], [e, n]]: ReturnType<typeof cardFrame>) =>
	west >= w && east <= e && south >= s && north <= n;

describe('a country card’s frame', () => {
	it('holds the country, with a region round it, in the card map’s shape', () => {
		for (const box of [LEBANON, SOUTH_KOREA]) {
			const frame = cardFrame(box);
			expect(inside(box, frame)).toBe(true);
			expect(frameAspect(frame)).toBeCloseTo(1.8, 1);
			const [[w], [e]] = frame;
			// A region, not the world: tens of degrees, not hundreds.
			expect(e - w).toBeGreaterThanOrEqual(24);
			expect(e - w).toBeLessThan(120);
		}
	});

	it('puts the country in the middle', () => {
		const [[w, s], [e, n]] = cardFrame(SOUTH_KOREA);
		expect((w + e) / 2).toBeCloseTo((126.1 + 129.6) / 2, 0);
		expect(s).toBeLessThan(34.4);
		expect(n).toBeGreaterThan(38.6);
	});

	it('keeps a country as wide as the world off the poles', () => {
		const [[, s], [, n]] = cardFrame(RUSSIA);
		expect(s).toBeGreaterThanOrEqual(-80.01);
		expect(n).toBeLessThanOrEqual(80.01);
	});
});
