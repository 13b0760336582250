import { describe, expect, it } from 'vitest';
import { isJapanese } from '$lib/data/translate';
import { ABOUT_WORDS, aboutLocale, documentDate } from './about';

describe('the About page', () => {
	it('reads its language from the address, base path or not', () => {
		expect(aboutLocale('/about', '')).toBe('en');
		expect(aboutLocale('/ja/about', '')).toBe('ja');
		expect(aboutLocale('/abductions/about', '/abductions')).toBe('en');
		expect(aboutLocale('/abductions/ja/about', '/abductions')).toBe('ja');
		// A base path that itself begins with /ja is not taken for the language.
		expect(aboutLocale('/japan/about', '/japan')).toBe('en');
		expect(aboutLocale('/japan/ja/about', '/japan')).toBe('ja');
	});

	it('dates the document in each language', () => {
		expect(documentDate('2018-12-28', 'en')).toBe('28 December 2018');
		expect(documentDate('2018-12-28', 'ja')).toBe('2018年12月28日');
		expect(documentDate('2018-06', 'ja')).toBe('2018年6月');
	});

	it('has every shared word in Japanese on the Japanese page', () => {
		const texts = (words: unknown): string[] =>
			typeof words === 'string'
				? [words]
				: Object.values(words as Record<string, unknown>).flatMap(texts);
		const japanese = texts(ABOUT_WORDS.ja).filter((t) => t !== '');
		expect(japanese.length).toBeGreaterThan(8);
		for (const text of japanese) expect(isJapanese(text), text).toBe(true);
	});
});
