/**
 * A step's printed map as one SVG document, drawn with the site (see $lib/server/handout-maps.ts): the
 * step's frame, its colours and hatching, and the names of the countries it lists, so the handout
 * page itself stays light and prints the picture as it is.
 */
import { worldSvgMarkup } from '$lib/geo/svg';
import type { LayerLook } from '$lib/layers/looks';
import { OCEAN_COLOUR } from '$lib/layers/palette';
import type { PictureName } from '$lib/share/picture-names';

export interface HandoutMap {
	width: number;
	height: number;
	countries: { iso3: string; name: string; d: string }[];
	/** The listed countries' names, placed as the saved pictures place them (picture-names.ts). */
	labels: PictureName[];
	/** Listed countries too small to see at the picture's scale (Lebanon): a dot at their point. */
	dots?: { iso3: string; x: number; y: number }[];
	/** The listed countries' names at their points, before placing (the saved pictures place them). */
	spots?: { iso3: string; name: string; x: number; y: number }[];
}

/** A listed country drawn smaller than this (in the picture's units, about 3 mm printed) gets a dot. */
export const DOT_BELOW = 12;

/** Whether a country's drawn box, `width` x `height` in the picture's units, is too small to find. */
export function needsDot(width: number, height: number): boolean {
	return Math.max(width, height) < DOT_BELOW;
}

/** In the picture's units: printed about 17 cm wide, close to 10 pt. */
export const LABEL_SIZE = 13;

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const round = (n: number) => Math.round(n * 10) / 10;

export function handoutMapSvg(map: HandoutMap, look: LayerLook): string {
	const world = worldSvgMarkup(map, look.colourOf, look.hatched, OCEAN_COLOUR, look.crossHatched);
	// The dots and names go over the countries: just before the picture's closing tag.
	return world.replace(/<\/svg>$/, `${handoutDotsSvg(map, look)}${handoutLabelsSvg(map)}</svg>`);
}

/** A dot in the country's colour, ringed in black, for each country too small to see. */
export function handoutDotsSvg(map: Pick<HandoutMap, 'dots'>, look: Pick<LayerLook, 'colourOf'>) {
	const dots = (map.dots ?? []).map(
		({ iso3, x, y }) =>
			`<circle cx="${round(x)}" cy="${round(y)}" r="4" fill="${look.colourOf(iso3)}" data-iso3="${iso3}"/>`
	);
	return dots.length ? `<g stroke="#111" stroke-width="1.2">${dots.join('')}</g>` : '';
}

/** The listed countries' names and leader lines, in the map's units. */
export function handoutLabelsSvg(map: Pick<HandoutMap, 'labels'>): string {
	const leaders = map.labels.flatMap(({ leader }) =>
		leader
			? [
					`<line x1="${round(leader[0][0])}" y1="${round(leader[0][1])}" x2="${round(leader[1][0])}" y2="${round(leader[1][1])}"/>`
				]
			: []
	);
	const names = map.labels.map(
		(label) =>
			`<text x="${round(label.x)}" y="${round(label.y)}" text-anchor="${label.anchor}">${escape(label.text)}</text>`
	);
	return (
		`<g stroke="#111" stroke-width="0.8">${leaders.join('')}</g>` +
		`<g font-family="DejaVu Sans, Noto Sans, Arial, Hiragino Sans, Yu Gothic, Noto Sans CJK JP, Meiryo, sans-serif" font-weight="600" font-size="${LABEL_SIZE}" ` +
		`fill="#111" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${names.join('')}</g>`
	);
}
