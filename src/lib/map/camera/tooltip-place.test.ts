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
