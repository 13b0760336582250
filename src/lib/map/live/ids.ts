/**
 * The live map's sources, layers and images by name, and which of them carry marks: what the
 * page's own code (the hand, the keyboard, MapView) names before MapLibre and the style it is
 * given (style.ts) have loaded, so that neither need load with the page.
 */
import { statusColour } from '$lib/layers/palette';
import type { LayerLook } from '$lib/layers/looks';

export const COUNTRIES_SOURCE = 'countries';
export const POINTS_SOURCE = 'points';
export const LINKS_SOURCE = 'links';
/** The one-way lines' heads, one point each at its line's middle (links.ts headFeatures). */
export const HEADS_SOURCE = 'link-heads';
export const LAYER = {
	fill: 'countries-fill',
	hatch: 'countries-hatch',
	crossHatch: 'countries-hatch-cross',
	border: 'countries-border',
	focus: 'countries-focus',
	/** A white casing under every line, so a line reads over any fill (a navy country too). */
	linksCasing: 'links-casing',
	linksJapan: 'links-japan',
	linksDprk: 'links-dprk',
	/** The one-way lines' heads, at their middles, pointing to the country acted towards. */
	heads: 'links-heads',
	small: 'small-countries'
} as const;
export const HATCH_IMAGE = 'hatch';
/** The second-hand hatch, lines both ways. */
export const CROSS_HATCH_IMAGE = 'hatch-cross';
/** A one-way line's head (head-image.ts). */
export const HEAD_IMAGE = 'link-head';

/** A line's id, from the country that acted (or the first of two that both did) to the other. */
export const linkId = (from: string, to: string) => `${from}-${to}`;
/** The two countries a line's id joins, in its order. */
export const linkEnds = (id: string) => id.split('-') as [string, string];

export const LINK_LAYERS = [LAYER.linksCasing, LAYER.linksJapan, LAYER.linksDprk] as const;

/** Where picking looks for small countries' dots, lines and countries (see pick.ts). */
export const HIT_LAYERS = { dots: [LAYER.small], lines: LINK_LAYERS, fills: [LAYER.fill] };
/** Where hover and selection are marked: a country in its shape and its dot, a line in its source. */
export const MARKED_SOURCES = { countries: [COUNTRIES_SOURCE, POINTS_SOURCE], links: LINKS_SOURCE };

/** The dataset's countries a layer colours (the static world shows their dots too). */
export function markedCodes(look: Pick<LayerLook, 'colourOf'>, codes: Iterable<string>): string[] {
	const unmarked = statusColour('none');
	return [...codes].filter((code) => look.colourOf(code) !== unmarked).sort();
}
