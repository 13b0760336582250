import { describe, expect, it } from 'vitest';
import { boxSpanPixels, dotShown } from './small-dot';

// Lebanon's box, roughly: 35.1–36.6°E, 33.05–34.69°N.
const LEBANON: [number, number, number, number] = [35.1, 33.05, 36.6, 34.69];

describe("a small country's dot", () => {
	it('measures a box on screen as MapLibre draws it', () => {
		// At zoom 0 the world is 512 px wide: 90 degrees of longitude at the equator are 128 px.
		expect(boxSpanPixels([0, 0, 90, 1], 0)).toBeCloseTo(128, 6);
		// Each zoom level doubles it.
		expect(boxSpanPixels([0, 0, 90, 1], 2)).toBeCloseTo(512, 6);
		// Lebanon is taller than wide on a Mercator map: 1.64° of latitude near 34°N.
		expect(boxSpanPixels(LEBANON, 3)).toBeGreaterThan(22);
		expect(boxSpanPixels(LEBANON, 3)).toBeLessThan(24);
	});

	it("shows Lebanon's dot at world zoom and drops it once Lebanon is some 20 px tall", () => {
		expect(dotShown(LEBANON, 1.3)).toBe(true);
		expect(dotShown(LEBANON, 2.5)).toBe(true);
		expect(dotShown(LEBANON, 3)).toBe(false);
	});

	it('keeps the dot of a country without a shape, until the zoom where every dot goes', () => {
		expect(dotShown(undefined, 3.4)).toBe(true);
		expect(dotShown(undefined, 3.5)).toBe(false);
		// A speck like Singapore keeps its dot as far in as any.
		expect(dotShown([103.6, 1.2, 104.0, 1.47], 3.4)).toBe(true);
	});
});
