import { describe, expect, it } from 'vitest';
import { isOffScreen, selectionCamera, WORLD_FRAME, type Frame } from './frames';

describe('selectionCamera', () => {
	it('fits a selected country’s box with room around it, not closer than a region', () => {
		const camera = selectionCamera([125, 33, 130, 39], null);
		expect(camera.bounds).toEqual([125, 33, 130, 39]);
		expect(camera.padding).toBeGreaterThan(0);
		expect(camera.maxZoom).toBeLessThan(7);
	});

	it('without a selection, fits the page’s frame, or else the world', () => {
		const asia: Frame = [
			[90, -10],
			[150, 50]
		];
		expect(selectionCamera(undefined, asia)).toEqual({ bounds: asia });
		expect(selectionCamera(undefined, null)).toEqual({ bounds: WORLD_FRAME });
	});
});

it('isOffScreen tells a point outside the view from one inside or on its edge', () => {
	const size = { width: 800, height: 600 };
	expect(isOffScreen({ x: 400, y: 300 }, size)).toBe(false);
	expect(isOffScreen({ x: 800, y: 0 }, size)).toBe(false);
	expect(isOffScreen({ x: -1, y: 300 }, size)).toBe(true);
	expect(isOffScreen({ x: 400, y: 601 }, size)).toBe(true);
});
