/** Moving through the map's countries with the keyboard: west to east, wrapping at either end. */

import { intoFrame } from '../camera/frame';

export interface PlacedCountry {
	iso3: string;
	lng: number;
}

export function westToEast(places: readonly PlacedCountry[]): string[] {
	return [...places]
		.sort((a, b) => a.lng - b.lng || a.iso3.localeCompare(b.iso3))
		.map((p) => p.iso3);
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
	/** The selectable countries that have a place, west to east: the order the arrow keys walk. */
	keyboardOrder: string[];
}

interface IndexedPoint {
	properties: { iso3: string; bbox: [number, number, number, number] };
	geometry: { coordinates: number[] };
}

export function indexPlaces(
	points: readonly IndexedPoint[],
	selectable: Iterable<string>
): PlaceIndex {
	// In the world frame's longitudes (the United States at 260, not -100), so the keys walk west
	// to east across the frame and a pan stays on the copy of the world in view.
	const places = new Map(
		points.map((f) => {
			const [lng, lat] = f.geometry.coordinates as [number, number];
			return [f.properties.iso3, [intoFrame(lng), lat] as [number, number]];
		})
	);
	const bounds = new Map(points.map((f) => [f.properties.iso3, f.properties.bbox]));
	const keyboardOrder = westToEast(
		[...selectable]
			.filter((iso3) => places.has(iso3))
			.map((iso3) => ({ iso3, lng: places.get(iso3)![0] }))
	);
	return { places, bounds, keyboardOrder };
}
