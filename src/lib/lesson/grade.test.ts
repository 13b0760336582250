import { describe, expect, it } from 'vitest';
import { grade, toggle } from './grade';

describe('grade', () => {
	it('marks chosen answer countries right, the rest of the answer missed, other picks wrong', () => {
		const graded = grade(['KOR', 'FRA', 'JPN'], ['GBR', 'JPN', 'KOR']);
		expect([...graded.marks]).toEqual([
			['GBR', 'missed'],
			['JPN', 'right'],
			['KOR', 'right'],
			['FRA', 'wrong']
		]);
		expect(graded).toMatchObject({ right: 2, total: 3, wrong: 1 });
	});

	it('an empty answer misses everything', () => {
		const graded = grade([], ['THA']);
		expect(graded.marks.get('THA')).toBe('missed');
		expect(graded.right).toBe(0);
	});
});

describe('toggle', () => {
	it('adds a country once and takes it out on the second tap, leaving the input alone', () => {
		const start = new Set(['JPN']);
		const added = toggle(start, 'KOR');
		expect([...added].sort()).toEqual(['JPN', 'KOR']);
		expect([...toggle(added, 'KOR')]).toEqual(['JPN']);
		expect([...start]).toEqual(['JPN']);
	});
});
