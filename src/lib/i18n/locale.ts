/**
 * The dashboard's two languages. English pages live at their usual paths; each has a Japanese twin
 * under /ja/ (e.g. /country/kor and /ja/country/kor). The locale is read from the address alone, so
 * every page prerenders once per language and a shared link always opens in its language.
 */

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A piece of text in every language; a missing language is a type error. */
export type Localized<T = string> = Record<Locale, T>;

const JA_PREFIX = /^\/ja(?=\/|$)/;

/** The locale of a path inside the site (the base path already removed). */
export function localeOfPath(path: string): Locale {
	return JA_PREFIX.test(path) ? 'ja' : 'en';
}

/** The same page without its language prefix: '/ja/country/kor' -> '/country/kor', '/ja' -> '/'. */
export function withoutLocale(path: string): string {
	const stripped = path.replace(JA_PREFIX, '');
	return stripped === '' ? '/' : stripped;
}

/** The same page in the given language: ('/country/kor', 'ja') -> '/ja/country/kor'. */
export function inLocale(path: string, locale: Locale): string {
	const neutral = withoutLocale(path);
	if (locale === 'en') return neutral;
	return neutral === '/' ? '/ja' : `/ja${neutral}`;
}
