import { describe, expect, it } from 'vitest';
import { embedHeading, viewName } from './titles';

describe('viewName', () => {
	it('puts the open country before the layer', () => {
		expect(viewName('Lebanon', 'Abductees’ nationalities', ': ')).toBe(
			'Lebanon: Abductees’ nationalities'
		);
		expect(viewName('レバノン', '拉致被害者の国籍', '・')).toBe('レバノン・拉致被害者の国籍');
	});

	it('is the layer alone on the world view', () => {
		expect(viewName(undefined, 'Forums', ': ')).toBe('Forums');
	});
});

describe('embedHeading', () => {
	it('joins where, what and up to when with middle dots', () => {
		expect(embedHeading('Thailand', 'Engagement', 'Up to March 2014')).toBe(
			'Thailand · Engagement · Up to March 2014'
		);
	});

	it('leaves out the date when the whole document is shown', () => {
		expect(embedHeading('Abductions map', 'Forums', null)).toBe('Abductions map · Forums');
	});
});
