/**
 * Names of Japan, the Koreas and the selected country on the map, as HTML markers: the style has
 * no glyphs (nothing is fetched), so MapLibre cannot draw text itself. At world zoom each of the
 * three is called out over the Pacific with a leader line (callouts.ts); closer in it sits on its
 * country; where neither fits (a classroom's East Asia in large type, Lebanon beside its
 * neighbours) it goes to the nearest open sea with a leader line. A name is also a large target:
 * clicking or tapping it opens the country, which at world zoom is a few pixels wide. Hidden
 * from screen readers: the tooltip, panels and search say the same.
 *
 * The names are first shown a worker's answer after the map has loaded; the promise returned says
 * when, so the static world (with its own names) gives way only then, and no frame goes unnamed.
 *
 * The leader lines are drawn over the map's canvas and drawn again in every frame the map moves,
 * from the country's point to its name where the name is now, so while the map pans or zooms each
 * name and its line go with the map and stay tied; once it stops the names are placed afresh.
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { PointProperties } from '$lib/geo/types';
import {
	calloutFor,
	calloutNear,
	namedCountries,
	nearestCopy,
	type Callout,
	type ScreenBox
} from '../names/callouts';
import { nameLabel, namePlacer } from '../names/layout';
import { intoFrame } from '../camera/frame';
import { viewBoxAt, type Size } from '../camera/view-box';
import type { WorldShape } from '../names/hit-raster';
import { leaderOverlay, type Leader } from './leaders';

interface PlacedName {
	callout: Callout;
	label: HTMLSpanElement;
	marker: Marker;
	name: string;
	at: [number, number];
}

export function addCountryLabels(
	map: MapLibreMap,
	points: FeatureCollection<Point, PointProperties>,
	onselect: ((iso3: string) => void) | undefined,
	/** The page's names (its language), whether the smallest maps may shorten them, and the
	 * selected country, which is named too; and the parts of the map the page covers (its
	 * legend), where no name goes. */
	words: {
		names?: ReadonlyMap<string, string>;
		shortNames?: boolean;
		selected?: () => string | null;
		/** The countries to name; by default Japan, the Koreas and the selected country. */
		named?: () => readonly string[] | undefined;
		/** Which names take a click; all of them by default. */
		pickable?: (iso3: string) => boolean;
		covered?: () => readonly ScreenBox[];
	},
	/** The static world's shapes and size (worldShapesOf, worldSizeOf): what lies under a name. */
	{ shapes, world }: { shapes: WorldShape[]; world: Size }
): { shown: Promise<void>; place: () => void } {
	/** Settled once the names are first shown: the static world's stay on screen until then. */
	let firstShown = () => {};
	const shownOnce = new Promise<void>((resolve) => (firstShown = resolve));
	const featureOf = (iso3: string) => points.features.find((f) => f.properties.iso3 === iso3);
	const pointOf = (iso3: string): [number, number] | undefined => {
		const [lng, lat] = (featureOf(iso3)?.geometry.coordinates ?? []) as number[];
		return lng === undefined || lat === undefined ? undefined : [intoFrame(lng), lat];
	};
	/** The names made so far, by country; a selected country's goes when it is no longer selected. */
	const made = new Map<string, PlacedName>();
	const nameOf = (callout: Callout): PlacedName[] => {
		const at = pointOf(callout.iso3);
		if (!at) return [];
		let name = made.get(callout.iso3);
		if (!name) {
			const picks = words.pickable?.(callout.iso3) ?? true;
			const label = nameLabel(callout.iso3, picks ? onselect : undefined);
			const marker = new Marker({ element: label, anchor: 'left' }).setLngLat(callout.at ?? at);
			name = {
				callout: words.shortNames === false ? { ...callout, short: undefined } : callout,
				label,
				marker: marker.addTo(map),
				name:
					words.names?.get(callout.iso3) ??
					featureOf(callout.iso3)?.properties.name ??
					callout.iso3,
				at
			};
			made.set(callout.iso3, name);
		}
		return [name];
	};
	const named = (): PlacedName[] => {
		const selected = words.selected?.() ?? null;
		const callouts = (words.named?.() ?? namedCountries(selected)).map(calloutFor);
		for (const [iso3, { marker }] of made)
			if (!callouts.some((callout) => callout.iso3 === iso3)) {
				marker.remove();
				made.delete(iso3);
			}
		return callouts.flatMap(nameOf);
	};
	const leaders = leaderOverlay(map);

	const placer = namePlacer();
	const place = () => {
		const container = map.getContainer();
		// The map repeats the world sideways and wraps its centre into [-180, 180]: each name is
		// placed on the copy of its country nearest the view's centre, in the frame's longitudes.
		const { lng, lat } = map.getCenter();
		const centre = intoFrame(lng);
		const names = named().map((name) => {
			const callout = calloutNear(name.callout, name.at[0], centre);
			const shift = nearestCopy(name.at[0], centre) - name.at[0];
			return { ...name, callout, at: [name.at[0] + shift, name.at[1]] as [number, number] };
		});
		const size = { width: container.clientWidth, height: container.clientHeight };
		const zoom = map.getZoom();
		// What lies under a name is asked of the static world's shapes, as the static world asks it:
		// the same 110m geometry, off the main thread, where MapLibre's own query took hundreds of
		// milliseconds a placement.
		const view = {
			world,
			viewBox: viewBoxAt([centre, lat], zoom, world, size),
			size,
			zoom,
			covered: [...(words.covered?.() ?? [])]
		};
		const lines: Leader[] = [];
		void placer
			.place(names, view, shapes, ({ marker, callout }, { placement, offset }) => {
				// Anchored at its left end; moved back by half its width, or all of it.
				marker.setOffset([-offset, 0]);
				marker.setLngLat(placement.at);
				if (!placement.leader || placement.mode === 'hidden') return;
				const [from, to] = placement.leader;
				const markerAt = (): [number, number] => marker.getLngLat().toArray();
				lines.push({ iso3: callout.iso3, at: placement.at, from, to, markerAt });
			})
			.then((placed) => {
				if (!placed) return;
				leaders.show(lines, zoom);
				firstShown();
			});
	};
	map.on('moveend', place);
	map.on('resize', place);
	place();
	return { shown: shownOnce, place };
}
