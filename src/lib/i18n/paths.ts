/**
 * Addresses in the current language. Every internal link goes through `localHref`, so a page in
 * Japanese links to Japanese pages; data and geometry files stay where they are for both.
 */
import { inLocale, LOCALES, localeOfPath, type Locale } from './locale';

/** The path inside the site: the address without the base path ('/abductions/ja' -> '/ja'). */
export function sitePath(pathname: string, base: string): string {
	if (!base || !pathname.startsWith(base)) return pathname || '/';
	return pathname.slice(base.length) || '/';
}

/** The language of an address, base path and all. */
export function localeOfAddress(pathname: string, base: string): Locale {
	return localeOfPath(sitePath(pathname, base));
}

/** A link to a page of the site in a language: ('/table', 'ja', '/abductions') -> '/abductions/ja/table'. */
export function localHref(path: string, locale: Locale, base: string): string {
	const [pathOnly, rest = ''] = splitPath(path);
	const localized = inLocale(pathOnly, locale);
	// The site root is the base itself when there is one ('/abductions', never '/abductions/').
	const joined = base && localized === '/' ? base : base + localized;
	return joined + rest;
}

/** The same page in the other language, query and hash kept: the language switch's target. */
export function twinHref(pathname: string, search: string, locale: Locale, base: string): string {
	return localHref(sitePath(pathname, base), locale, base) + search;
}

/**
 * The page's twins for search engines: each language, and English as the default. Search engines
 * take only full addresses here, so `origin` (the site's public address, or the page's own once in
 * the browser) is put in front; without one, the paths alone are the best a build can say.
 */
export function alternateLinks(
	path: string,
	base: string,
	origin: string
): { hreflang: string; href: string }[] {
	const site = origin.replace(/\/+$/, '');
	const at = (locale: Locale) => site + localHref(path, locale, base);
	return [
		...LOCALES.map((locale) => ({ hreflang: locale as string, href: at(locale) })),
		{ hreflang: 'x-default', href: at('en') }
	];
}

function splitPath(path: string): [string, string] {
	const at = path.search(/[?#]/);
	return at === -1 ? [path, ''] : [path.slice(0, at), path.slice(at)];
}
