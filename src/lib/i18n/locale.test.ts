import { describe, expect, it } from 'vitest';
import { inLocale, localeOfPath, withoutLocale } from './locale';

describe('locale paths', () => {
	it('reads the language from the prefix only', () => {
		expect(localeOfPath('/ja')).toBe('ja');
		expect(localeOfPath('/ja/country/kor')).toBe('ja');
		expect(localeOfPath('/country/kor')).toBe('en');
		expect(localeOfPath('/japan')).toBe('en');
		expect(localeOfPath('/')).toBe('en');
		expect(localeOfPath('/ko')).toBe('ko');
		expect(localeOfPath('/ko/present/1')).toBe('ko');
		expect(localeOfPath('/korea')).toBe('en');
		expect(localeOfPath('/kor/ja')).toBe('en');
	});

	it('strips the prefix to the neutral path', () => {
		expect(withoutLocale('/ja')).toBe('/');
		expect(withoutLocale('/ja/present/3')).toBe('/present/3');
		expect(withoutLocale('/japan')).toBe('/japan');
		expect(withoutLocale('/ko/country/kor')).toBe('/country/kor');
		expect(withoutLocale('/ko')).toBe('/');
	});

	it('moves a path between languages both ways', () => {
		expect(inLocale('/', 'ja')).toBe('/ja');
		expect(inLocale('/table', 'ja')).toBe('/ja/table');
		expect(inLocale('/ja/table', 'ja')).toBe('/ja/table');
		expect(inLocale('/ja/table', 'en')).toBe('/table');
		expect(inLocale('/ja', 'en')).toBe('/');
		// Between the two other languages, with no stop in English.
		expect(inLocale('/ja/country/kor', 'ko')).toBe('/ko/country/kor');
		expect(inLocale('/ko', 'ja')).toBe('/ja');
	});
});
