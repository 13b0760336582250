/**
 * Where the names of countries go. At world zoom Japan and the Koreas are a few pixels wide and
 * pressed against China, so each name sits out in the Pacific, east of Japan, with a leader line
 * to its country: never on another country's fill, stacked so they never touch. Closer in, each
 * name sits on its own country. Any other country (a classroom step names Thailand or Lebanon)
 * has no designed place: its name sits on it, or as near as open space allows.
 */

export interface Callout {
	iso3: string;
	/** Where the name starts (its left end, vertically centred), over the sea, at world zoom. */
	at?: [number, number];
	/** A shorter name for the smallest maps (a phone's world), where the full one would reach America. */
	short?: string;
	/**
	 * Just closer in (below OFFSHORE_MAX_ZOOM), where the name starts if not centred on the
	 * country: there North Korea's name is wider than the country and would reach into China, so it
	 * sits just off its east coast. Closer still the country holds its name.
	 */
	offshore?: [number, number];
}

/** From this zoom on North Korea is some 200 px wide: its name fits on it and no longer sits offshore. */
export const OFFSHORE_MAX_ZOOM = 4.5;

/**
 * No leader line is longer than this, in screen pixels: a name further from its country than
 * this reads as another country's (the search leaves such places out).
 */
export const MAX_LEADER = 150;

/** Below this zoom the names are called out to the sea; from it on they sit on their countries. */
export const CALLOUT_MAX_ZOOM = 3.5;

/**
 * Nor in a view narrower than this many degrees of longitude (a phone framed on Japan, at a
 * zoom under CALLOUT_MAX_ZOOM only because the screen is narrow): there the country is large
 * on screen, and its name goes on or beside it.
 */
export const CALLOUT_MIN_SPAN = 40;

/**
 * A designed callout is kept first only while its leader line spans at most this share of the
 * map's diagonal. On a world map the Pacific lies beside Japan and the Koreas and the callouts'
 * leaders cross a tenth or so of the map; on a map framed on a neighbour (China on a phone) the
 * same place lies across a quarter of it, far from the country, and a nearer place reads better.
 * There the callout is weighed by its leader's length like any place searched round the country.
 */
export const FAR_CALLOUT = 0.17;

/** Below this zoom (a world 512 px wide or less) the short names are used. */
export const SHORT_NAME_MAX_ZOOM = 0;

/**
 * North to south, as the countries lie; each over open Pacific at every world zoom
 * (callouts.test.ts checks the names' boxes against the world's land).
 */
export const CALLOUTS: (Callout & { at: [number, number] })[] = [
	{ iso3: 'PRK', at: [155, 49], short: 'N. Korea', offshore: [130.2, 40.6] },
	{ iso3: 'JPN', at: [147, 36] },
	{ iso3: 'KOR', at: [136, 20], short: 'S. Korea' }
];

/** Whether a country is one of Japan and the Koreas, whose names have a designed place at sea. */
export const isDesignedCallout = (iso3: string): boolean =>
	CALLOUTS.some((callout) => callout.iso3 === iso3);

/**
 * Short forms of other countries the maps may name, tried where the full name finds no room:
 * the United Kingdom, wedged between Ireland, Norway and the map's edge, has no sea for its full
 * name at a laptop's world scale. The same forms as the classroom's slides.
 */
const SHORT_FORMS: Readonly<Record<string, string>> = { GBR: 'UK' };

/** A country's callout: the designed one for Japan and the Koreas, else one with no set place. */
export function calloutFor(iso3: string): Callout {
	const designed = CALLOUTS.find((callout) => callout.iso3 === iso3);
	if (designed) return designed;
	const short = SHORT_FORMS[iso3];
	return short ? { iso3, short } : { iso3 };
}

/**
 * The countries the explorer's maps name: Japan and the Koreas, and the selected country
 * wherever it is (it has no designed place at sea: its name goes on it where it fits, else as
 * near as open space allows).
 */
export function namedCountries(selected: string | null): string[] {
	const named = CALLOUTS.map((callout) => callout.iso3);
	return selected && !named.includes(selected) ? [...named, selected] : named;
}

/** The name a callout shows at a zoom. */
export function calloutName(callout: Callout, name: string, zoom: number): string {
	return zoom < SHORT_NAME_MAX_ZOOM && callout.short ? callout.short : name;
}

export interface ScreenBox {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * Where a name goes from CALLOUT_MAX_ZOOM on: its left end offshore while the country is too
 * small for it, else its middle on the country's label point.
 */
export function closeInPlace(
	callout: Callout,
	labelPoint: [number, number],
	zoom: number
): { at: [number, number]; centred: boolean } {
	return callout.offshore && zoom < OFFSHORE_MAX_ZOOM
		? { at: callout.offshore, centred: false }
		: { at: labelPoint, centred: true };
}

/** Whether two screen boxes share any pixel. */
export function overlaps(a: ScreenBox, b: ScreenBox): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The screen box of a name that starts at `x` and is centred on `y`, `width` by `height` pixels:
 * for checking that the stacked names clear each other at a given zoom.
 */
export function nameBox(x: number, y: number, width: number, height: number): ScreenBox {
	return { left: x, top: y - height / 2, right: x + width, bottom: y + height / 2 };
}

/** The same longitude in the world copy nearest `centre` (the map repeats the world sideways). */
export function nearestCopy(lng: number, centre: number): number {
	return lng - 360 * Math.round((lng - centre) / 360);
}

/** A callout moved by the turns that bring `lng` (its country's point) nearest `centre`. */
export function calloutNear(callout: Callout, lng: number, centre: number): Callout {
	const shift = nearestCopy(lng, centre) - lng;
	const move = ([x, y]: [number, number]): [number, number] => [x + shift, y];
	return {
		...callout,
		...(callout.at ? { at: move(callout.at) } : {}),
		...(callout.offshore ? { offshore: move(callout.offshore) } : {})
	};
}

/** Which end of a name its anchor is: its left end, its middle or its right end. */
export type NameAlign = 'left' | 'centre' | 'right';

export interface NamePlacement {
	/** `out`: away from its country with a leader line; `close`: on or beside it; `hidden`. */
	mode: 'out' | 'close' | 'hidden';
	name: string;
	/** Where the name is anchored (see `align`), vertically centred. */
	at: [number, number];
	align: NameAlign;
	/** For `out`: the leader line, from the country's point to the nearest side of the name. */
	leader?: [[number, number], [number, number]];
}

export interface NameRequest {
	callout: Callout;
	/** The country's label point, in the world copy the map shows (see calloutNear). */
	labelPoint: [number, number];
	/** The name in the page's language; the callout's short name is tried when it does not fit. */
	name: string;
}
