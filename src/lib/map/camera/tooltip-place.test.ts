import { expect, it } from 'vitest';
import { tooltipTransform } from './tooltip-place';

it('stands below right of its point, 14 px away, in the open', () => {
	expect(tooltipTransform(100, 100, 800, 600)).toBe('translate(14px, 14px)');
});

it('flips left near the right edge and up near the bottom, so it stays inside the map', () => {
	expect(tooltipTransform(700, 100, 800, 600)).toBe('translate(calc(-100% - 14px), 14px)');
	expect(tooltipTransform(100, 500, 800, 600)).toBe('translate(14px, calc(-100% - 14px))');
	expect(tooltipTransform(790, 590, 800, 600)).toBe(
		'translate(calc(-100% - 14px), calc(-100% - 14px))'
	);
});

it('measured, it stays inside the map where neither side of the point has room', () => {
	// A phone's map, 374 px wide; China's point at 200 and a tooltip 240 px wide: room on neither
	// side, so it is centred on the point (its left edge at 200 - 120 = 80) and below it.
	const tip = { width: 240, height: 80 };
	expect(tooltipTransform(200, 100, 374, 300, tip)).toBe('translate(-120px, 14px)');
	// 300 px wide at 300, centred would cross the right edge: it ends at the map's (374 - 300 = 74).
	expect(tooltipTransform(300, 100, 374, 300, { width: 300, height: 80 })).toBe(
		'translate(-226px, 14px)'
	);
	// Room on the right or the left: beside the point, as before.
	expect(tooltipTransform(100, 100, 800, 600, tip)).toBe('translate(14px, 14px)');
	expect(tooltipTransform(700, 100, 800, 600, tip)).toBe('translate(-254px, 14px)');
	// Near the bottom, above.
	expect(tooltipTransform(200, 280, 374, 300, tip)).toBe('translate(-120px, -94px)');
});
