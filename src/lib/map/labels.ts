/**
 * Names of Japan and the Koreas on the map, as HTML markers: the style has no glyphs (nothing is
 * fetched), so MapLibre cannot draw text itself. At world zoom each name is called out over the
 * Pacific with a leader line (callouts.ts); closer in it sits on its country. A name is also a
 * large target: clicking or tapping it opens the country, which at world zoom is a few pixels
 * wide. Hidden from screen readers: the tooltip, panels and search say the same.
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { PointProperties } from '$lib/geo/world';
import { CALLOUTS, CALLOUT_MAX_ZOOM, calloutName, closeInPlace, leaderLine } from './callouts';
import { intoFrame } from './frames';

const LEADERS_SOURCE = 'callout-leaders';

export function addCountryLabels(
	map: MapLibreMap,
	points: FeatureCollection<Point, PointProperties>,
	onselect?: (iso3: string) => void
): void {
	const placed = CALLOUTS.flatMap((callout) => {
		const feature = points.features.find((f) => f.properties.iso3 === callout.iso3);
		if (!feature) return [];
		const [lng, lat] = feature.geometry.coordinates as [number, number];
		const label = document.createElement('span');
		label.className = 'map-label';
		label.dataset.iso3 = callout.iso3;
		label.setAttribute('aria-hidden', 'true');
		if (onselect) {
			label.classList.add('pickable');
			label.addEventListener('click', () => onselect(callout.iso3));
		}
		const marker = new Marker({ element: label, anchor: 'left' }).setLngLat(callout.at).addTo(map);
		return [
			{
				callout,
				label,
				marker,
				name: feature.properties.name,
				at: [intoFrame(lng), lat] as [number, number]
			}
		];
	});

	const leaders: Feature<LineString>[] = placed.map(({ callout, at }) => ({
		type: 'Feature',
		properties: {},
		geometry: { type: 'LineString', coordinates: leaderLine(at, callout) }
	}));
	map.addSource(LEADERS_SOURCE, {
		type: 'geojson',
		data: { type: 'FeatureCollection', features: leaders }
	});
	map.addLayer({
		id: LEADERS_SOURCE,
		type: 'line',
		source: LEADERS_SOURCE,
		paint: { 'line-color': '#333', 'line-width': 1, 'line-opacity': 0.8 }
	});

	let calledOut: boolean | undefined;
	let lastName = '';
	const place = () => {
		const zoom = map.getZoom();
		const out = zoom < CALLOUT_MAX_ZOOM;
		const names = placed.map((p) => (out ? calloutName(p.callout, p.name, zoom) : p.name));
		if (out === calledOut && names.join() === lastName) return;
		calledOut = out;
		lastName = names.join();
		placed.forEach(({ callout, label, marker, at }, i) => {
			label.textContent = names[i]!;
			// Anchored at its left end; centred on its country, moved back by half its width.
			const close = closeInPlace(callout, at);
			marker.setOffset(!out && close.centred ? [-label.offsetWidth / 2, 0] : [0, 0]);
			marker.setLngLat(out ? callout.at : close.at);
		});
		map.setLayoutProperty(LEADERS_SOURCE, 'visibility', out ? 'visible' : 'none');
	};
	map.on('zoom', place);
	place();
}
