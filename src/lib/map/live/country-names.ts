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
import type { PointProperties } from '$lib/geo/types';
import { CALLOUTS, calloutNear, nearestCopy } from '../names/callouts';
import { nameLabel, namePlacer } from '../names/layout';
import { intoFrame } from '../camera/frame';
import { viewBoxAt, type Size } from '../camera/view-box';
import type { WorldShape } from '../names/hit-raster';

const LEADERS_SOURCE = 'callout-leaders';

export function addCountryLabels(
	map: MapLibreMap,
	points: FeatureCollection<Point, PointProperties>,
	onselect: ((iso3: string) => void) | undefined,
	/** The page's names (its language), and whether the smallest maps may shorten them. */
	words: { nameOf?: (iso3: string) => string | undefined; shortNames?: boolean },
	/** The static world's shapes and size (worldShapesOf, worldSizeOf): what lies under a name. */
	{ shapes, world }: { shapes: WorldShape[]; world: Size }
): void {
	const placed = CALLOUTS.flatMap((callout) => {
		const feature = points.features.find((f) => f.properties.iso3 === callout.iso3);
		if (!feature) return [];
		const [lng, lat] = feature.geometry.coordinates as [number, number];
		const label = nameLabel(callout.iso3, onselect);
		const marker = new Marker({ element: label, anchor: 'left' })
			.setLngLat(callout.at ?? [lng, lat])
			.addTo(map);
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

	const placer = namePlacer();
	const place = () => {
		const container = map.getContainer();
		// The map repeats the world sideways and wraps its centre into [-180, 180]: each name is
		// placed on the copy of its country nearest the view's centre, in the frame's longitudes.
		const { lng, lat } = map.getCenter();
		const centre = intoFrame(lng);
		const names = placed.map((name) => {
			const callout = calloutNear(name.callout, name.at[0], centre);
			const shift = nearestCopy(name.at[0], centre) - name.at[0];
			return { ...name, callout, at: [name.at[0] + shift, name.at[1]] as [number, number] };
		});
		const size = { width: container.clientWidth, height: container.clientHeight };
		const zoom = map.getZoom();
		// What lies under a name is asked of the static world's shapes, as the static world asks it:
		// the same 110m geometry, off the main thread, where MapLibre's own query took hundreds of
		// milliseconds a placement.
		const view = { world, viewBox: viewBoxAt([centre, lat], zoom, world, size), size, zoom };
		void placer
			.place(names, view, shapes, ({ marker }, { placement, offset }) => {
				// Anchored at its left end; moved back by half its width, or all of it.
				marker.setOffset([-offset, 0]);
				marker.setLngLat(placement.at);
			})
			.then((lines) => {
				if (!lines) return;
				map.getSource<GeoJSONSource>(LEADERS_SOURCE)?.setData(
					leaders(
						lines.map((coordinates) => ({
							type: 'Feature' as const,
							properties: {},
							geometry: { type: 'LineString' as const, coordinates }
						}))
					)
				);
			});
	};
	// A leader line ties a name out at sea to its country at one zoom only: while the zoom changes
	// (a country page flying in from the world) it would swing across the map, so it waits.
	map.on('zoomstart', () => map.getSource<GeoJSONSource>(LEADERS_SOURCE)?.setData(leaders([])));
	map.on('moveend', place);
	map.on('resize', place);
	place();
}
