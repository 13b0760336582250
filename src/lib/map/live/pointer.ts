/**
 * The live map's pointer: what lies under it as it moves, what a click opens, and a pointing hand
 * over a country that opens. Once the map moves (to a chosen country, or dragged), the tooltip no
 * longer points at what is under it: it goes until the pointer moves again.
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Hit } from './pick';

export interface PointerWiring {
	/** What is under a point of the map. */
	hitAt: (event: MapMouseEvent) => Hit | null;
	/** The country a click on a hit opens, if any. */
	opens: (hit: Hit | null) => string | null;
	/** The pointer moved over the map, onto a hit or the sea. */
	onhover: (hit: Hit | null) => void;
	/** The pointer left the map, or the map moved under it. */
	onaway: () => void;
	onselect: (iso3: string) => void;
}

export function wirePointer(
	map: Pick<MapLibreMap, 'on' | 'getCanvas'>,
	{ hitAt, opens, onhover, onaway, onselect }: PointerWiring
): void {
	map.on('mousemove', (event: MapMouseEvent) => {
		const hit = hitAt(event);
		onhover(hit);
		map.getCanvas().style.cursor = opens(hit) ? 'pointer' : '';
	});
	map.on('mouseout', onaway);
	map.on('click', (event: MapMouseEvent) => {
		const iso3 = opens(hitAt(event));
		if (iso3) onselect(iso3);
	});
	map.on('movestart', onaway);
}

/** The dataset country a hit is on, if any: what a click opens. */
export function openedBy(hit: Hit | null, codes: { has(iso3: string): boolean }): string | null {
	return hit?.type === 'country' && codes.has(hit.iso3) ? hit.iso3 : null;
}
