/**
 * Names of Japan and the Koreas on the map, as HTML markers: the style has no glyphs (nothing is
 * fetched), so MapLibre cannot draw text itself. At world zoom each name is called out over the
 * Pacific with a leader line (callouts.ts); closer in it sits on its country. A name is also a
 * large target: clicking or tapping it opens the country, which at world zoom is a few pixels
 * wide. Hidden from screen readers: the tooltip, panels and search say the same.
 */
import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { PointProperties } from '$lib/geo/world';
import { CALLOUTS } from './callouts';
import { layOutNames, nameLabel } from './name-layout';
import { intoFrame } from './frames';

const LEADERS_SOURCE = 'callout-leaders';

export function addCountryLabels(
	map: MapLibreMap,
	points: FeatureCollection<Point, PointProperties>,
	onselect?: (iso3: string) => void,
	/** The page's names (its language), and whether the smallest maps may shorten them. */
	words: { nameOf?: (iso3: string) => string | undefined; shortNames?: boolean } = {}
): void {
	const placed = CALLOUTS.flatMap((callout) => {
		const feature = points.features.find((f) => f.properties.iso3 === callout.iso3);
		if (!feature) return [];
		const [lng, lat] = feature.geometry.coordinates as [number, number];
		const label = nameLabel(callout.iso3, onselect);
		const marker = new Marker({ element: label, anchor: 'left' }).setLngLat(callout.at).addTo(map);
		return [
			{
				callout: words.shortNames === false ? { ...callout, short: undefined } : callout,
				label,
				marker,
				name: words.nameOf?.(callout.iso3) ?? feature.properties.name,
				at: [intoFrame(lng), lat] as [number, number]
			}
		];
	});

	const leaders = (lines: Feature<LineString>[]): FeatureCollection<LineString> => ({
		type: 'FeatureCollection',
		features: lines
	});
	map.addSource(LEADERS_SOURCE, { type: 'geojson', data: leaders([]) });
	map.addLayer({
		id: LEADERS_SOURCE,
		type: 'line',
		source: LEADERS_SOURCE,
		paint: { 'line-color': '#333', 'line-width': 1, 'line-opacity': 0.8 }
	});

	const place = () => {
		const container = map.getContainer();
		const view = {
			zoom: map.getZoom(),
			width: container.clientWidth,
			height: container.clientHeight,
			project: (at: [number, number]) => map.project(at)
		};
		const { leaders: lines } = layOutNames(placed, view, ({ marker }, { placement, offset }) => {
			// Anchored at its left end; centred on its country, moved back by half its width.
			marker.setOffset([-offset, 0]);
			marker.setLngLat(placement.at);
		});
		map.getSource<GeoJSONSource>(LEADERS_SOURCE)?.setData(
			leaders(
				lines.map((coordinates) => ({
					type: 'Feature' as const,
					properties: {},
					geometry: { type: 'LineString' as const, coordinates }
				}))
			)
		);
	};
	// A leader line ties a name out at sea to its country at one zoom only: while the zoom changes
	// (a country page flying in from the world) it would swing across the map, so it waits.
	map.on('zoomstart', () => map.getSource<GeoJSONSource>(LEADERS_SOURCE)?.setData(leaders([])));
	map.on('moveend', place);
	map.on('resize', place);
	place();
}
