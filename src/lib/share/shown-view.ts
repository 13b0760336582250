/**
 * The live map's view, kept for the pictures: each time the map stops moving (the reader's pan
 * and zoom, or a flight to a country), what it shows is noted, so "Save" draws what is on screen.
 * Gone with the map: without it the picture frames the view as the page does.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ShownView } from './view-frame';

let shown: ShownView | null = null;

export function lastShownView(): ShownView | null {
	return shown;
}

export function watchShownView(map: MapLibreMap): void {
	const note = () => {
		const { lng, lat } = map.getCenter();
		const container = map.getContainer();
		shown = {
			centre: [lng, lat],
			zoom: map.getZoom(),
			size: { width: container.clientWidth, height: container.clientHeight }
		};
	};
	map.on('moveend', note);
	map.on('resize', note);
	map.once('load', note);
	map.once('remove', () => (shown = null));
}
