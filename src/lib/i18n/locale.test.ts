import { describe, expect, it } from 'vitest';
import { inLocale, localeOfPath, withoutLocale } from './locale';

describe('locale paths', () => {
	it('reads the language from the prefix only', () => {
		expect(localeOfPath('/ja')).toBe('ja');
		expect(localeOfPath('/ja/country/kor')).toBe('ja');
		expect(localeOfPath('/country/kor')).toBe('en');
		expect(localeOfPath('/japan')).toBe('en');
		expect(localeOfPath('/')).toBe('en');
	});

	it('strips the prefix to the neutral path', () => {
		expect(withoutLocale('/ja')).toBe('/');
		expect(withoutLocale('/ja/present/3')).toBe('/present/3');
		expect(withoutLocale('/japan')).toBe('/japan');
	});

	it('moves a path between languages both ways', () => {
		expect(inLocale('/', 'ja')).toBe('/ja');
		expect(inLocale('/table', 'ja')).toBe('/ja/table');
		expect(inLocale('/ja/table', 'ja')).toBe('/ja/table');
		expect(inLocale('/ja/table', 'en')).toBe('/table');
		expect(inLocale('/ja', 'en')).toBe('/');
	});
});
