/**
 * The interactive world in the map pages' HTML (see interactiveWorldSvg): the default layer's
 * colours, made once per build. hooks.server.ts writes it into every map page; /geo/world-map.svg
 * serves it to a map page reached without a page load.
 */
import { interactiveWorldSvg } from '$lib/geo/svg';
import { abductionLook } from '$lib/layers/looks';
import { countryNames, summaries } from '$lib/data/dataset';
import { countryPath } from '$lib/data/join';
import { MAP_WORDS } from '$lib/map/words';
import { getFirstPaintWorld } from './world';

const made = new Map<string, string>();

export function firstPaintWorld(base: string): string {
	let markup = made.get(base);
	if (markup === undefined) {
		const look = abductionLook(summaries.values());
		markup = interactiveWorldSvg(getFirstPaintWorld(), {
			colourOf: look.colourOf,
			hatched: look.hatched,
			names: countryNames,
			href: (iso3) => `${base}${countryPath(iso3)}`,
			label: MAP_WORDS.worldLabel(look.title)
		});
		made.set(base, markup);
	}
	return markup;
}

/** Where the map's markup says the world goes: an empty holder the page's script takes over. */
const HOLDER = /(<div[^>]*\bdata-first-paint\b[^>]*>)(<\/div>)/;

export function withFirstPaintWorld(html: string, base: string): string {
	return HOLDER.test(html)
		? html.replace(HOLDER, (_, open, close) => open + firstPaintWorld(base) + close)
		: html;
}
