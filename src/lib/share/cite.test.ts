import { describe, expect, it } from 'vitest';
import { citation, localDay } from './cite';
import { SAMPLE_DOCUMENT } from '$lib/data/sample-document';

describe('citation', () => {
	it('names the document, its publisher and date, the view and the day accessed', () => {
		const line = citation(
			SAMPLE_DOCUMENT,
			'https://example.org/country/kor?layer=engagement',
			'2026-11-29'
		);
		expect(line).toContain('The Ministry');
		expect(line).toContain('“The page”');
		expect(line).toContain('28 December 2018');
		expect(line).toContain('https://example.org/country/kor?layer=engagement');
		expect(line).toContain('accessed 29 November 2026');
		// The credit, the data's version and its licence.
		expect(line).toContain(
			"Mapped in “Abductions by North Korea: Japan's account of international efforts”"
		);
		expect(line).toContain('data 2.3.4, Creative Commons Attribution 4.0 International');
	});

	it('reads the day in the local calendar', () => {
		expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
