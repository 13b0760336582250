/**
 * The dashboard's languages. English pages live at their usual paths; each has a twin in every
 * other language under its code (e.g. /country/kor, /ja/country/kor and /ko/country/kor). The
 * locale is read from the address alone, so every page prerenders once per language and a shared
 * link always opens in its language.
 */

export const LOCALES = ['en', 'ja', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A piece of text in every language; a missing language is a type error. */
export type Localized<T = string> = Record<Locale, T>;

/** Each language as link previews name it (Open Graph's og:locale, language_TERRITORY). */
export const OPEN_GRAPH_LOCALES: Localized = { en: 'en_GB', ja: 'ja_JP', ko: 'ko_KR' };

/** The one prefix rule: a path that starts with a language's code, other than the default's. */
const PREFIX = new RegExp(
	`^/(${LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).join('|')})(?=/|$)`
);

/** The locale of a path inside the site (the base path already removed). */
export function localeOfPath(path: string): Locale {
	return (PREFIX.exec(path)?.[1] as Locale | undefined) ?? DEFAULT_LOCALE;
}

/** The same page without its language prefix: '/ja/country/kor' -> '/country/kor', '/ko' -> '/'. */
export function withoutLocale(path: string): string {
	const stripped = path.replace(PREFIX, '');
	return stripped === '' ? '/' : stripped;
}

/** The same page in the given language: ('/country/kor', 'ko') -> '/ko/country/kor'. */
export function inLocale(path: string, locale: Locale): string {
	const neutral = withoutLocale(path);
	if (locale === DEFAULT_LOCALE) return neutral;
	return neutral === '/' ? `/${locale}` : `/${locale}${neutral}`;
}
