import { describe, expect, it } from 'vitest';
import { alternateLinks, localeOfAddress, localHref, sitePath, twinHref } from './paths';

describe('addresses in a language', () => {
	it('removes the base path before reading the language', () => {
		expect(sitePath('/abductions/ja/table', '/abductions')).toBe('/ja/table');
		expect(sitePath('/abductions', '/abductions')).toBe('/');
		expect(sitePath('/ja', '')).toBe('/ja');
		expect(localeOfAddress('/abductions/ja', '/abductions')).toBe('ja');
		expect(localeOfAddress('/abductions/table', '/abductions')).toBe('en');
		expect(localeOfAddress('/about', '')).toBe('en');
		expect(localeOfAddress('/ja/about', '')).toBe('ja');
		// A base path that itself begins with /ja is not taken for the language.
		expect(localeOfAddress('/japan/about', '/japan')).toBe('en');
		expect(localeOfAddress('/japan/ja/about', '/japan')).toBe('ja');
	});

	it('builds links that stay in the language, query and hash kept', () => {
		expect(localHref('/', 'ja', '')).toBe('/ja');
		expect(localHref('/', 'en', '')).toBe('/');
		expect(localHref('/', 'en', '/abductions')).toBe('/abductions');
		expect(localHref('/country/kor?layer=forums', 'ja', '')).toBe('/ja/country/kor?layer=forums');
		expect(localHref('/about#downloads', 'ja', '/abductions')).toBe(
			'/abductions/ja/about#downloads'
		);
		expect(localHref('/?until=2014-02', 'ja', '')).toBe('/ja?until=2014-02');
	});

	it('switches a page to its twin both ways, keeping the view', () => {
		expect(twinHref('/country/kor', '?layer=forums&forum=g7', 'ja', '')).toBe(
			'/ja/country/kor?layer=forums&forum=g7'
		);
		expect(twinHref('/ja/country/kor', '?until=2014-02', 'en', '')).toBe(
			'/country/kor?until=2014-02'
		);
		expect(twinHref('/abductions/ja/present/3', '', 'en', '/abductions')).toBe(
			'/abductions/present/3'
		);
		expect(twinHref('/abductions', '', 'ja', '/abductions')).toBe('/abductions/ja');
	});

	it('names each twin by its full address when the site’s address is known', () => {
		expect(alternateLinks('/country/kor', '/abductions', 'https://example.org/')).toEqual([
			{ hreflang: 'en', href: 'https://example.org/abductions/country/kor' },
			{ hreflang: 'ja', href: 'https://example.org/abductions/ja/country/kor' },
			{ hreflang: 'ko', href: 'https://example.org/abductions/ko/country/kor' },
			{ hreflang: 'x-default', href: 'https://example.org/abductions/country/kor' }
		]);
		expect(alternateLinks('/', '', '').map((link) => link.href)).toEqual(['/', '/ja', '/ko', '/']);
	});
});
