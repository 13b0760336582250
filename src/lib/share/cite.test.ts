import { describe, expect, it } from 'vitest';
import { citation, localDay } from './cite';

describe('citation', () => {
	it('names the document, its publisher and date, the view and the day accessed', () => {
		const line = citation(
			{ title: 'The page', publisher: 'The Ministry', date: '2018-12-28' },
			'https://example.org/country/kor?layer=engagement',
			'2026-11-29'
		);
		expect(line).toContain('The Ministry');
		expect(line).toContain('“The page”');
		expect(line).toContain('28 December 2018');
		expect(line).toContain('https://example.org/country/kor?layer=engagement');
		expect(line).toContain('accessed 29 November 2026');
	});

	it('reads the day in the local calendar', () => {
		expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
