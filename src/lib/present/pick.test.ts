import { describe, expect, it } from 'vitest';
import { namedWithPick, outlinedWithPick, pickAfterClick } from './pick';

describe('a country clicked on the slide', () => {
	it('is picked until the next click, which picks another or lets it go', () => {
		expect(pickAfterClick(null, 'THA')).toBe('THA');
		expect(pickAfterClick('THA', 'ROU')).toBe('ROU');
		expect(pickAfterClick('THA', 'THA')).toBeNull();
		expect(pickAfterClick('THA', null)).toBeNull();
	});

	it('is named once and outlined with a revealed answer', () => {
		expect(namedWithPick(['JPN', 'PRK'], 'THA')).toEqual(['JPN', 'PRK', 'THA']);
		expect(namedWithPick(['JPN', 'PRK'], 'JPN')).toEqual(['JPN', 'PRK']);
		expect(namedWithPick(['JPN'], null)).toEqual(['JPN']);
		expect([...outlinedWithPick(['KOR', 'USA'], 'THA')].sort()).toEqual(['KOR', 'THA', 'USA']);
		expect([...outlinedWithPick(['KOR'], null)]).toEqual(['KOR']);
	});
});
