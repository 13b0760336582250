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
import { CALLOUTS, calloutNear, placeNames, type ScreenBox } from './callouts';
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
		const centre = map.getCenter().lng;
		const requests = placed.map(({ callout, at, name }) => {
			const near = calloutNear(callout, at[0], centre);
			const shift = near.at[0] - callout.at[0];
			return { callout: near, labelPoint: [at[0] + shift, at[1]] as [number, number], name };
		});
		// Measured as drawn (the classroom sets a larger type): one hidden label does the measuring.
		const ruler = placed[0]?.label;
		const measure = (text: string) => {
			if (!ruler) return { width: 0, height: 0 };
			const { hidden, textContent } = ruler;
			ruler.hidden = false;
			ruler.textContent = text;
			const size = { width: ruler.offsetWidth, height: ruler.offsetHeight };
			ruler.hidden = hidden;
			ruler.textContent = textContent;
			return size;
		};
		const sizes = new Map<string, { width: number; height: number }>();
		const placements = placeNames(requests, {
			zoom: map.getZoom(),
			width: container.clientWidth,
			height: container.clientHeight,
			project: (at) => map.project(at),
			unproject: ({ x, y }) => {
				const { lng, lat } = map.unproject([x, y]);
				return [lng, lat];
			},
			measure: (text) => {
				let size = sizes.get(text);
				if (!size) sizes.set(text, (size = measure(text)));
				return size;
			},
			countriesUnder: (box: ScreenBox) =>
				map
					.queryRenderedFeatures(
						[
							[box.left, box.top],
							[box.right, box.bottom]
						],
						{ layers: [LAYER.fill, LAYER.small].filter((id) => map.getLayer(id)) }
					)
					.map((feature) => String(feature.properties.iso3))
		});
		placed.forEach(({ label, marker }, i) => {
			const placement = placements[i]!;
			label.hidden = placement.mode === 'hidden';
			label.textContent = placement.name;
			const { width } = sizes.get(placement.name) ?? { width: label.offsetWidth };
			// Anchored at its left end; moved back by half its width or all of it.
			const offset = { left: 0, centre: -width / 2, right: -width }[placement.align];
			marker.setOffset([offset, 0]);
			marker.setLngLat(placement.at);
		});
		const lines = placements.flatMap((placement) =>
			placement.leader
				? [
						{
							type: 'Feature' as const,
							properties: {},
							geometry: { type: 'LineString' as const, coordinates: placement.leader }
						}
					]
				: []
		);
		map.getSource<GeoJSONSource>(LEADERS_SOURCE)?.setData(leaders(lines));
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
