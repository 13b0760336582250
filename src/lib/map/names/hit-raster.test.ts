import { describe, expect, it, vi } from 'vitest';
import {
	countriesUnderView,
	pathBounds,
	rasterColour,
	rasterPixel,
	samplePoints
} from './hit-raster';

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

describe('countriesUnderView', () => {
	// No canvas: only what the raster cannot be sure of is answered, from the shapes' boxes.
	const view = {
		viewBox: [0, 0, 100, 100] as [number, number, number, number],
		holder: { width: 100, height: 100 },
		turn: 100
	};
	const shapes = [
		{ iso3: 'ISL', d: 'M10,10L12,10L12,12Z' },
		{ iso3: 'BIG', d: 'M0,40L60,40L60,100Z' },
		// An archipelago: a large island and a small one far from it.
		{ iso3: 'ARC', d: 'M70,0L100,0L100,30ZM80,60L82,60L82,62Z' }
	];
	it('counts an island too small for the sample points wherever its box is touched', () => {
		// Node has no Path2D; without a canvas none is drawn.
		vi.stubGlobal('Path2D', class {});
		const under = countriesUnderView(shapes, view, () => null);
		// The samples of this box (every 6 px from 5) never land on the island at 10-12.
		expect(under({ left: 5, top: 5, right: 20, bottom: 20 })).toEqual(['ISL']);
		expect(under({ left: 13, top: 13, right: 30, bottom: 30 })).toEqual([]);
		// A large shape is asked point by point, never by its box.
		expect(under({ left: 0, top: 80, right: 10, bottom: 90 })).toEqual([]);
		// An archipelago's small island counts by its own box, not the archipelago's.
		expect(under({ left: 75, top: 55, right: 90, bottom: 70 })).toEqual(['ARC']);
		expect(under({ left: 85, top: 40, right: 95, bottom: 50 })).toEqual([]);
		vi.unstubAllGlobals();
	});
});
