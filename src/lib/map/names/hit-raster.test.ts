import { describe, expect, it } from 'vitest';
import { pathBounds, rasterColour, rasterPixel, samplePoints } from './hit-raster';

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

	it('gives each country its own colour, never the sea’s black, and reads each back', () => {
		const count = 2000;
		const colours = Array.from({ length: count }, (_, i) => rasterColour(i));
		const packed = colours.map(([r, g, b]) => (r << 16) | (g << 8) | b);
		expect(new Set(packed).size).toBe(count);
		expect(packed).not.toContain(0);
		const indexOfColour = new Map(packed.map((code, i) => [code, i]));
		const [r, g, b] = colours[1234]!;
		expect(rasterPixel([r, g, b, 255], 0, indexOfColour)).toBe(1234);
	});

	it('reads a clear pixel as sea, and a part-covered or blended one as a border to test exactly', () => {
		const indexOfColour = new Map([[(10 << 16) | (20 << 8) | 30, 0]]);
		const pixels = [0, 0, 0, 0, 10, 20, 30, 128, 11, 20, 30, 255];
		expect(rasterPixel(pixels, 0, indexOfColour)).toBe('sea');
		expect(rasterPixel(pixels, 4, indexOfColour)).toBe('border');
		expect(rasterPixel(pixels, 8, indexOfColour)).toBe('border');
	});
});

describe('a world path’s box', () => {
	it('spans every point of every part, negative and fractional ones too', () => {
		expect(pathBounds('M10,20L30.5,-4L12,8ZM-2.25,15L5,60Z')).toEqual({
			left: -2.25,
			top: -4,
			right: 30.5,
			bottom: 60
		});
	});
});
