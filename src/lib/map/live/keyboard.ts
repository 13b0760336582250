/**
 * Moving through the map's countries with the keyboard, wrapping at either end: first the
 * countries the view is about, in the document's order, then the rest west to east. One order for
 * the world in the page (StaticMap's roving focus) and the live map (walk.svelte.ts).
 */

import { intoFrame } from '../camera/frame';
import { markedCodes } from './ids';

export interface PlacedCountry {
	iso3: string;
	lng: number;
}

export function westToEast(places: readonly PlacedCountry[]): string[] {
	return [...places]
		.sort((a, b) => a.lng - b.lng || a.iso3.localeCompare(b.iso3))
		.map((p) => p.iso3);
}

/**
 * The order the arrow keys walk: the countries the view is about (`about`: those its layer colours)
 * in the document's order, then the others by place, west to east, in the world frame's
 * longitudes (`lngOf`); countries with no known place come last, in the document's order.
 */
export function walkOrder(
	documentOrder: readonly string[],
	about: (iso3: string) => boolean,
	lngOf: (iso3: string) => number | undefined
): string[] {
	const first = documentOrder.filter(about);
	const rest = documentOrder.filter((iso3) => !about(iso3));
	const placed = rest.flatMap((iso3) => {
		const lng = lngOf(iso3);
		return lng === undefined ? [] : [{ iso3, lng }];
	});
	const unplaced = rest.filter((iso3) => lngOf(iso3) === undefined);
	return [...first, ...westToEast(placed), ...unplaced];
}

/** The walk for a layer's look: the view is about the countries it colours (markedCodes). */
export function walkOrderOfLook(
	documentOrder: readonly string[],
	colourOf: (iso3: string) => string,
	lngOf: (iso3: string) => number | undefined
): string[] {
	const marked = new Set(markedCodes({ colourOf }, documentOrder));
	return walkOrder(documentOrder, (iso3) => marked.has(iso3), lngOf);
}

/** The next (delta 1) or previous (-1) country; from nothing, the first or the last. */
export function step(
	order: readonly string[],
	current: string | null,
	delta: 1 | -1
): string | null {
	if (order.length === 0) return null;
	const index = current === null ? -1 : order.indexOf(current);
	if (index === -1) return delta === 1 ? order[0]! : order[order.length - 1]!;
	return order[(index + delta + order.length) % order.length]!;
}

/** Where each country sits and what the map fits to; built once from the geometry's points. */
export interface PlaceIndex {
	/** Label point [lng, lat] by ISO alpha-3: where the keyboard's tooltip and the lines attach. */
	places: Map<string, [number, number]>;
	/** [west, south, east, north] by ISO alpha-3: what the map fits to when a country is selected. */
	bounds: Map<string, [number, number, number, number]>;
}

interface IndexedPoint {
	properties: { iso3: string; bbox: [number, number, number, number] };
	geometry: { coordinates: number[] };
}

export function indexPlaces(points: readonly IndexedPoint[]): PlaceIndex {
	// In the world frame's longitudes (the United States at 260, not -100), so the keys walk west
	// to east across the frame and a pan stays on the copy of the world in view.
	const places = new Map(
		points.map((f) => {
			const [lng, lat] = f.geometry.coordinates as [number, number];
			return [f.properties.iso3, [intoFrame(lng), lat] as [number, number]];
		})
	);
	const bounds = new Map(points.map((f) => [f.properties.iso3, f.properties.bbox]));
	return { places, bounds };
}
