/**
 * Sharp coasts when zoomed in: the live map starts with Natural Earth's 110m countries, which are
 * a handful of straight segments for Korea once a reader zooms in; past FINE_ZOOM it swaps in the
 * 50m countries, downloaded once then. The source keeps its ids (ISO codes, promoteId), so the
 * layers' colours and every feature-state (hover, selection) carry over, and MapLibre keeps the
 * old tiles on screen until the new ones are drawn: no flash.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { COUNTRIES_SOURCE } from './ids';

/** Past this zoom 110m's vertices show as corners: a 1:110 million map is drawn for about zoom 2. */
export const FINE_ZOOM = 3;

/** Whether a map at `zoom` needs the finer countries. */
export function needsFineDetail(zoom: number): boolean {
	return zoom >= FINE_ZOOM;
}

/**
 * Swaps the map's countries for `loadFine()`'s the first time it is zoomed in (or at once, if it
 * starts zoomed in), then says so through `onsharp`. A failed download leaves the coarse world
 * and is tried again at the next zoom.
 */
export function sharpenWhenZoomed(
	map: MapLibreMap,
	loadFine: () => Promise<FeatureCollection>,
	onsharp: () => void
): () => void {
	let state: 'coarse' | 'loading' | 'fine' = 'coarse';
	const check = () => {
		if (state !== 'coarse' || !needsFineDetail(map.getZoom())) return;
		state = 'loading';
		loadFine().then(
			(countries) => {
				const source = map.getSource<GeoJSONSource>(COUNTRIES_SOURCE);
				if (!source) return;
				source.setData(countries);
				state = 'fine';
				map.off('zoomend', check);
				map.once('idle', onsharp);
			},
			() => (state = 'coarse')
		);
	};
	map.on('zoomend', check);
	check();
	return () => map.off('zoomend', check);
}
