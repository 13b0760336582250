/**
 * Making the MapLibre map and keeping it in step with the page: the map's options, its canvas's
 * role (a keyboard-walkable map, or a picture in the classroom), the hatch image, and what a
 * layer change or new lines change in it.
 */
import { Map as MapLibreMap, NavigationControl } from 'maplibre-gl';
import type { GeoJSONSource, MapOptions } from 'maplibre-gl';
import type { Position } from 'geojson';
import type { Link } from '$lib/data/engagement';
import type { LayerLook } from '$lib/layers/looks';
import { hatchPixels } from '$lib/layers/hatch';
import { headImage } from './head-image';
import { headFeatures, linkFeatures } from './links';
import { buildStyle, lookStates } from './style';
import {
	COUNTRIES_SOURCE,
	CROSS_HATCH_IMAGE,
	HATCH_IMAGE,
	HEAD_IMAGE,
	HEADS_SOURCE,
	LAYER,
	LINK_LAYERS,
	LINKS_SOURCE,
	POINTS_SOURCE
} from './ids';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import type { Camera } from '../camera/frame';
import type { MapGeometry } from '../geometry';

/**
 * Everything but the container and the style: a flat world, no rotation, our own keys. On a
 * touch screen (`touch`), one finger scrolls the page and two move the map, with a hint.
 */
export function mapOptions(camera: Camera, touch = false): Omit<MapOptions, 'container' | 'style'> {
	return {
		// Where the static world showed the page (a country with its neighbours, or the frame), so
		// the live map takes over without a move.
		bounds: camera.bounds as MapOptions['bounds'],
		// A key set to undefined would stand for the map's own limit and break its fit (NaN zoom).
		fitBoundsOptions: {
			padding: camera.padding ?? 0,
			...(camera.maxZoom === undefined ? {} : { maxZoom: camera.maxZoom })
		},
		// The world frame runs past 180°: the Americas on its right are the world's next copy.
		renderWorldCopies: true,
		cooperativeGestures: touch,
		attributionControl: false,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		// Our own keys instead: arrows walk the countries, + and - zoom (see MAP_KEYS).
		keyboard: false,
		// The style and every paint and filter change are checked against the style spec in
		// style.test.ts, so the browser skips checking them again.
		validateStyle: false,
		maxZoom: 7
	};
}

export function createMap(options: {
	container: HTMLElement;
	geometry: MapGeometry;
	look: LayerLook;
	/** The dataset's countries: the small ones among them get a dot to point at. */
	codes: readonly string[];
	/** Where it starts: selectionCamera's answer for the page. */
	camera: Camera;
	locale?: Locale;
}): MapLibreMap {
	const { container, geometry, look, codes, camera, locale = 'en' } = options;
	const map = new MapLibreMap({
		container,
		style: buildStyle(geometry, look, codes),
		...mapOptions(camera, matchMedia('(pointer: coarse)').matches),
		// The zoom buttons' names and the two-finger hint in the page's language.
		locale: { ...messagesFor(locale).map.engine }
	});
	map.touchZoomRotate.disableRotation();
	const canvas = map.getCanvas();
	canvas.setAttribute('aria-label', messagesFor(locale).map.label);
	map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	// Our only images, the two hatches and the lines' head, are drawn in code when the style
	// first asks for them.
	map.setMissingStyleImageResolver((id) => {
		if (id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) {
			map.addImage(HATCH_IMAGE, { width: 8, height: 8, data: hatchPixels(8) });
		}
		if (id === CROSS_HATCH_IMAGE && !map.hasImage(CROSS_HATCH_IMAGE)) {
			map.addImage(CROSS_HATCH_IMAGE, { width: 8, height: 8, data: hatchPixels(8, true) });
		}
		if (id === HEAD_IMAGE && !map.hasImage(HEAD_IMAGE)) {
			const { pixelRatio, ...image } = headImage();
			map.addImage(HEAD_IMAGE, image, { sdf: true, pixelRatio });
		}
	});
	return map;
}

/** The part of a MapLibre map that a change of layer or lines touches. */
export interface RestylableMap {
	setFeatureState(feature: { source: string; id: string }, state: Record<string, unknown>): void;
	setPaintProperty(layer: string, property: string, value: unknown): unknown;
	getSource(id: string): unknown;
}

/**
 * A layer's look, set on each country's shape and dot as feature-state (see style.ts), and its
 * lines shown or hidden by their opacity: none of it waits on the map's worker, so the whole map
 * changes in its next frame. `codes` are every country the map draws.
 */
export function showLook(
	map: RestylableMap,
	look: LayerLook,
	codes: Iterable<string>,
	lines: boolean
): void {
	for (const [id, { fill, hatch, marked }] of lookStates(look, codes)) {
		map.setFeatureState({ source: COUNTRIES_SOURCE, id }, { fill, hatch });
		map.setFeatureState({ source: POINTS_SOURCE, id }, { fill, marked });
	}
	for (const id of LINK_LAYERS) map.setPaintProperty(id, 'line-opacity', lines ? 1 : 0);
	map.setPaintProperty(LAYER.heads, 'icon-opacity', lines ? 1 : 0);
	// Hidden lines leave the source too, so the pointer cannot find them.
	if (!lines)
		for (const source of [LINKS_SOURCE, HEADS_SOURCE])
			geoJsonSource(map, source)?.setData({ type: 'FeatureCollection', features: [] });
}

const geoJsonSource = (map: RestylableMap, id: string) =>
	map.getSource(id) as Pick<GeoJSONSource, 'setData'> | undefined;

/**
 * New data for the links source, to be shown by the look that has lines (showLook): set first, so
 * they are drawn by the time the look shows them. `ceilingOf` as linkFeatures'.
 */
export function showLinks(
	map: RestylableMap,
	links: readonly Link[] | null,
	places: ReadonlyMap<string, [number, number]>,
	nameOf: (iso3: string) => string,
	locale: Locale = 'en',
	ceilingOf?: (line: Position[]) => number
): void {
	if (!links) return;
	const lines = linkFeatures(links, places, nameOf, locale, ceilingOf);
	geoJsonSource(map, LINKS_SOURCE)?.setData(lines);
	geoJsonSource(map, HEADS_SOURCE)?.setData(headFeatures(lines));
}
