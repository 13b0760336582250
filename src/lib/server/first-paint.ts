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
import { selectionCamera } from '$lib/map/frames';
import { staticViewBox } from '$lib/map/static-camera';
import type { WorldPlace } from '$lib/geo/svg';
import { getFirstPaintWorld, getWorld } from './world';

/** The dataset's countries' boxes, name points and sizes, as the live map has them. */
let places: Map<string, WorldPlace> | undefined;
function worldPlaces(): Map<string, WorldPlace> {
	return (places ??= new Map(
		getWorld().points.features.map((f) => [
			f.properties.iso3,
			{
				bbox: f.properties.bbox,
				label: f.geometry.coordinates as [number, number],
				small: f.properties.small
			}
		])
	));
}

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
			label: messagesFor(locale).map.worldLabel(look.title),
			places: worldPlaces()
		});
		made.set(`${locale}${base}`, markup);
	}
	return markup;
}

/** Where the map's markup says the world goes: an empty holder the page's script takes over. */
const HOLDER = /(<div[^>]*\bdata-first-paint\b[^>]*>)(<\/div>)/;

/**
 * The world as a page shows it at first paint: on a country's page, framed on the country as the
 * live map will frame it (the page's script then fits it to the map's size).
 */
export function firstPaintView(base: string, locale: Locale, selected: string | null): string {
	const markup = firstPaintWorld(base, locale);
	const box = selected ? worldPlaces().get(selected)?.bbox : undefined;
	if (!box) return markup;
	const world = getFirstPaintWorld();
	const viewBox = staticViewBox(selectionCamera(box, null), world)
		.map((n) => n.toFixed(1))
		.join(' ');
	return markup.replace(`viewBox="0 0 ${world.width} ${world.height}"`, `viewBox="${viewBox}"`);
}

/** The country a map page's address selects: /country/kor, /ja/embed/country/kor … */
export function selectedInPath(path: string): string | null {
	return path.match(/\/country\/([a-z]{3})\/?$/)?.[1]?.toUpperCase() ?? null;
}

export function withFirstPaintWorld(
	html: string,
	base: string,
	locale: Locale = 'en',
	path = '/'
): string {
	return HOLDER.test(html)
		? html.replace(
				HOLDER,
				(_, open, close) => open + firstPaintView(base, locale, selectedInPath(path)) + close
			)
		: html;
}
