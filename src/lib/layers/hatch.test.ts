import { describe, expect, it } from 'vitest';
import { HATCH, hatchCssBackground, hatchPatternSvg, hatchPixels } from './hatch';

describe('the hatch', () => {
	it('as pixels: a diagonal pattern of its colour with transparent gaps', () => {
		const pixels = hatchPixels(8);
		expect(pixels.length).toBe(8 * 8 * 4);
		const at = (x: number, y: number) => [...pixels.slice((y * 8 + x) * 4, (y * 8 + x) * 4 + 4)];
		expect(at(0, 0)).toEqual([...HATCH.rgb, Math.round(HATCH.opacity * 255)]);
		expect(at(4, 0)[3]).toBe(0);
		expect(at(7, 1)[3]).toBeGreaterThan(0);
		expect(at(3, 3)[3]).toBe(0);
	});

	it('as an SVG pattern: rotated lines of its width, period and opacity', () => {
		const markup = hatchPatternSvg('h');
		expect(markup).toMatch(/^<pattern id="h" width="6" height="6" [^>]*rotate\(45\)/);
		expect(markup).toContain(
			`<rect width="${HATCH.width}" height="${HATCH.period}" fill="#282828"`
		);
		expect(markup).toContain(`opacity="${HATCH.opacity}"`);
	});

	it('as CSS: the same lines and gaps', () => {
		expect(hatchCssBackground()).toBe(
			`repeating-linear-gradient(-45deg, rgb(40 40 40 / 0.75) 0 ${HATCH.width}px, transparent ${HATCH.width}px 6px)`
		);
	});
});
