import { expect, it } from 'vitest';
import { headImage } from './head-image';

it('draws the head pointing east, centred, as a distance field: inside past the edge, outside under it', () => {
	const { width, height, data, pixelRatio } = headImage();
	const alpha = (x: number, y: number) =>
		data[
			(Math.round(height / 2 + y * pixelRatio) * width + Math.round(width / 2 + x * pixelRatio)) *
				4 +
				3
		]!;
	const edge = 0.75 * 255;
	// The head's middle, just behind its tip, and its two barbs are inside the shape.
	expect(alpha(0, 0)).toBeGreaterThan(edge);
	expect(alpha(5, 0)).toBeGreaterThan(edge);
	expect(alpha(-5.5, -4)).toBeGreaterThan(edge);
	expect(alpha(-5.5, 4)).toBeGreaterThan(edge);
	// Past the tip, in the notch at the back, and beside the tip: outside.
	expect(alpha(9, 0)).toBeLessThan(edge);
	expect(alpha(-6, 0)).toBeLessThan(edge);
	expect(alpha(5, -3)).toBeLessThan(edge);
	// Far outside is empty, so the image's corners draw nothing, rim included.
	expect(data[3]).toBe(0);
	expect(width).toBeGreaterThan(14 * pixelRatio);
	expect(height).toBeGreaterThan(12 * pixelRatio);
});
