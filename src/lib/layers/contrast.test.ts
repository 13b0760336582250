import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

describe('contrastRatio', () => {
	it('gives WCAG’s ratios: 21 for black on white, 1 for a colour on itself, either order', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
		expect(contrastRatio('#d6e4ee', '#d6e4ee')).toBe(1);
		// WCAG's own worked value: #777777 on white is 4.48:1.
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});
});
