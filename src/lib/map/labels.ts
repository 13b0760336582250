/**
 * Names of Japan and the Koreas on the map, as HTML markers: the style has no glyphs (nothing is
 * fetched), so MapLibre cannot draw text itself. At world zoom each name is called out over the
 * Pacific with a leader line (callouts.ts); closer in it sits on its country; where neither fits
 * (a classroom's East Asia in large type) it goes to the nearest open sea with a leader line. A
 * name is also a large target: clicking or tapping it opens the country, which at world zoom is a
 * few pixels wide. Hidden from screen readers: the tooltip, panels and search say the same.
 */
import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { PointProperties } from '$lib/geo/world';
import { CALLOUTS, calloutNear, type ScreenBox } from './callouts';
import { layOutNames, nameLabel } from './name-layout';
import { intoFrame } from './frames';
import { LAYER } from './style';

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
		// The map repeats the world sideways and wraps its centre into [-180, 180]: each name is
		// placed on the copy of its country nearest the view's centre.
		const centre = map.getCenter().lng;
		const names = placed.map((name) => {
			const callout = calloutNear(name.callout, name.at[0], centre);
			const shift = callout.at[0] - name.callout.at[0];
			return { ...name, callout, at: [name.at[0] + shift, name.at[1]] as [number, number] };
		});
		const fills = [LAYER.fill, LAYER.small].filter((id) => map.getLayer(id));
		const { leaders: lines } = layOutNames(
			names,
			{
				zoom: map.getZoom(),
				width: container.clientWidth,
				height: container.clientHeight,
				project: (at) => map.project(at),
				unproject: ({ x, y }) => map.unproject([x, y]).toArray() as [number, number],
				countriesUnder: (box: ScreenBox) =>
					map
						.queryRenderedFeatures(
							[
								[box.left, box.top],
								[box.right, box.bottom]
							],
							{ layers: fills }
						)
						.map((feature) => String(feature.properties.iso3))
			},
			({ marker }, { placement, offset }) => {
				// Anchored at its left end; moved back by half its width, or all of it.
				marker.setOffset([-offset, 0]);
				marker.setLngLat(placement.at);
			}
		);
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
	// Once the view changes the map may still be drawing the shapes that say what lies under a
	// name: placed again when it has drawn them.
	const placeNow = () => {
		place();
		map.once('idle', place);
	};
	map.on('moveend', placeNow);
	map.on('resize', placeNow);
	placeNow();
}
