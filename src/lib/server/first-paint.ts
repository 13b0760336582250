/**
 * The interactive world in the map pages' HTML (see interactiveWorldSvg): the default layer's
 * colours, made once per build. hooks.server.ts writes it into every map page; /geo/world-map.svg
 * serves it to a map page reached without a page load.
 */
import { interactiveWorldSvg } from '$lib/geo/svg';
import { abductionLook } from '$lib/layers/looks';
import { countryPath } from '$lib/data/join';
import { dataFor } from '$lib/i18n/data';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import { localHref } from '$lib/i18n/paths';
import { getFirstPaintWorld } from './world';

const made = new Map<string, string>();

export function firstPaintWorld(base: string, locale: Locale = 'en'): string {
	let markup = made.get(`${locale}${base}`);
	if (markup === undefined) {
		const { summaries, countryNames } = dataFor(locale);
		const look = abductionLook(summaries.values(), locale);
		markup = interactiveWorldSvg(getFirstPaintWorld(), {
			colourOf: look.colourOf,
			hatched: look.hatched,
			names: countryNames,
			// The world's countries link to their pages in the page's language.
			href: (iso3) => localHref(countryPath(iso3), locale, base),
			label: messagesFor(locale).map.worldLabel(look.title)
		});
		made.set(`${locale}${base}`, markup);
	}
	return markup;
}

/** Where the map's markup says the world goes: an empty holder the page's script takes over. */
const HOLDER = /(<div[^>]*\bdata-first-paint\b[^>]*>)(<\/div>)/;

export function withFirstPaintWorld(html: string, base: string, locale: Locale = 'en'): string {
	return HOLDER.test(html)
		? html.replace(HOLDER, (_, open, close) => open + firstPaintWorld(base, locale) + close)
		: html;
}
