import { describe, expect, it } from 'vitest';
import { slideNames } from './slide-names';

describe('slideNames', () => {
	const names = new Map([
		['PRK', 'North Korea'],
		['JPN', 'Japan']
	]);
	it('writes a short form in place of the name, and keeps the rest', () => {
		const slide = slideNames(names, { PRK: 'N. Korea' });
		expect(slide.get('PRK')).toBe('N. Korea');
		expect(slide.get('JPN')).toBe('Japan');
		expect(names.get('PRK')).toBe('North Korea');
	});
	it('adds no country the page has no name for', () => {
		expect(slideNames(names, { XXX: 'X.' }).has('XXX')).toBe(false);
	});
});
