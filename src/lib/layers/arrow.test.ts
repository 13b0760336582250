import { describe, expect, it } from 'vitest';
import { arrowAt, arrowShown, arrowTransform } from './arrow';

describe('arrowAt', () => {
	it('stands the head at the line’s middle, pointing to the end the line arrives at', () => {
		// East along y = 10, 100 units long: the head at x 50, pointing east.
		expect(arrowAt('M0,10L50,10L100,10')).toEqual({ x: 50, y: 10, angle: 0, length: 100 });
		// Arriving at the start instead: pointing west.
		expect(arrowAt('M0,10L40,10L100,10', true)).toMatchObject({ x: 50, y: 10, angle: 180 });
		// Straight down (SVG's y grows southwards): 90 degrees.
		expect(arrowAt('M5,0L5,100')).toMatchObject({ x: 5, y: 50, angle: 90 });
		// Relative steps, as the world's compact paths write them: east 10, then south 30; the
		// middle is 10 units down the second step, pointing south.
		expect(arrowAt('M0 0l10 0l0 30')).toMatchObject({ x: 10, y: 10, angle: 90, length: 40 });
	});

	it('has no head for a path without length', () => {
		expect(arrowAt('M3,3')).toBeUndefined();
		expect(arrowAt('M3,3L3,3')).toBeUndefined();
		expect(arrowAt('')).toBeUndefined();
	});
});

describe('a head on screen', () => {
	it('is turned and scaled to pixels, and shown only on a line at least three heads long', () => {
		expect(arrowTransform({ x: 1.5, y: -2, angle: 30 }, 0.123456)).toBe(
			'translate(1.5 -2) rotate(30) scale(0.123)'
		);
		// A head is 14 px long: a line of 45 px carries it, one of 40 px does not.
		expect(arrowShown({ length: 10 }, 4.5)).toBe(true);
		expect(arrowShown({ length: 10 }, 4)).toBe(false);
	});
});
