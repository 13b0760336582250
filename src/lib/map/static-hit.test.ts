import { describe, expect, it } from 'vitest';
import { pixelsToUnits, samplePoints } from './static-hit';

describe('the static world’s hit test', () => {
	it('spreads points over a box, corners included, never further apart than asked', () => {
		const box = { left: 10, top: 20, right: 40, bottom: 28 };
		const points = samplePoints(box, 6);
		expect(points).toContainEqual({ x: 10, y: 20 });
		expect(points).toContainEqual({ x: 40, y: 28 });
		const xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
		const ys = [...new Set(points.map((p) => p.y))].sort((a, b) => a - b);
		for (const list of [xs, ys])
			for (let i = 1; i < list.length; i++) expect(list[i]! - list[i - 1]!).toBeLessThanOrEqual(6);
		expect(points.every((p) => p.x >= 10 && p.x <= 40 && p.y >= 20 && p.y <= 28)).toBe(true);
	});

	it('tests even a box smaller than the spacing at its corners', () => {
		expect(samplePoints({ left: 0, top: 0, right: 2, bottom: 2 }, 6)).toHaveLength(4);
	});

	it('turns the holder’s pixels into the world’s units through the viewBox', () => {
		// A viewBox 200 units wide shown 800 px wide: 4 px a unit, from (100, 50).
		const box = pixelsToUnits({ left: 40, top: 8, right: 80, bottom: 48 }, [100, 50, 200, 100], {
			width: 800,
			height: 400
		});
		expect(box).toEqual({ left: 110, top: 52, right: 120, bottom: 62 });
	});
});
