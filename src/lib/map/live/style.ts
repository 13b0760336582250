/** Pure builders for our own MapLibre style: no tiles, no glyphs, nothing from another host. */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	FilterSpecification,
	LineLayerSpecification,
	StyleSpecification
} from 'maplibre-gl';
import { BORDER_COLOUR, FOCUS_COLOUR, OCEAN_COLOUR, statusColour } from '$lib/layers/palette';
import { LINK_COLOUR, type LayerLook } from '$lib/layers/looks';
import { SMALL_COUNTRY_MAX_ZOOM } from '../camera/view-box';
import { DOT_OUTLINE_PX, DOT_RADIUS_PX } from '../camera/small-dot';

export const COUNTRIES_SOURCE = 'countries';
export const POINTS_SOURCE = 'points';
export const LINKS_SOURCE = 'links';
export const LAYER = {
	fill: 'countries-fill',
	hatch: 'countries-hatch',
	border: 'countries-border',
	focus: 'countries-focus',
	linksJapan: 'links-japan',
	linksDprk: 'links-dprk',
	small: 'small-countries'
} as const;
export const HATCH_IMAGE = 'hatch';
/** The second-hand hatch, lines both ways. */
export const CROSS_HATCH_IMAGE = 'hatch-cross';

/** Each hatched country's pattern: the second-hand one where the look crosses it. */
export function hatchPattern(look: LayerLook): ExpressionSpecification {
	return [
		'case',
		['in', ['get', 'iso3'], ['literal', look.crossHatched]],
		CROSS_HATCH_IMAGE,
		HATCH_IMAGE
	];
}

export function hatchFilter(look: LayerLook): FilterSpecification {
	return ['in', ['get', 'iso3'], ['literal', look.hatched]];
}

/**
 * Which small countries get a dot: those the layer colours, so every dot on the map is explained
 * by the legend (a grey dot for a country the layer says nothing about would not be).
 */
export function smallCountriesFilter(
	look: LayerLook,
	codes: readonly string[]
): FilterSpecification {
	const marked = markedCodes(look, codes);
	return ['all', ['==', ['get', 'small'], true], ['in', ['get', 'iso3'], ['literal', marked]]];
}

/** The dataset's countries a layer colours (the static world shows their dots too). */
export function markedCodes(look: Pick<LayerLook, 'colourOf'>, codes: Iterable<string>): string[] {
	const unmarked = statusColour('none');
	return [...codes].filter((code) => look.colourOf(code) !== unmarked).sort();
}

const givenWay: ExpressionSpecification = ['boolean', ['feature-state', 'givenWay'], false];

/** Countries too small to point at get a dot, coloured like their fill. */
export function smallCountriesLayer(
	look: LayerLook,
	codes: readonly string[]
): CircleLayerSpecification {
	return {
		id: LAYER.small,
		type: 'circle',
		source: POINTS_SOURCE,
		maxzoom: SMALL_COUNTRY_MAX_ZOOM,
		filter: smallCountriesFilter(look, codes),
		paint: {
			// A dot goes once its country's shape is large enough to point at (small-dots.ts).
			'circle-radius': [
				'case',
				givenWay,
				0,
				['boolean', ['feature-state', 'selected'], false],
				DOT_RADIUS_PX + 2,
				DOT_RADIUS_PX
			],
			'circle-color': look.fill,
			'circle-stroke-width': [
				'case',
				givenWay,
				0,
				['boolean', ['feature-state', 'selected'], false],
				2.5,
				['boolean', ['feature-state', 'hover'], false],
				2,
				DOT_OUTLINE_PX
			],
			'circle-stroke-color': FOCUS_COLOUR
		}
	};
}

const kindColour = [
	'match',
	['get', 'kind'],
	...Object.entries(LINK_COLOUR).flat(),
	'#555555'
] as unknown as ExpressionSpecification;

function linkLayer(id: string, dprk: boolean): LineLayerSpecification {
	return {
		id,
		type: 'line',
		source: LINKS_SOURCE,
		filter: dprk
			? ['==', ['get', 'kind'], 'raised-with-dprk']
			: ['!=', ['get', 'kind'], 'raised-with-dprk'],
		layout: { 'line-cap': 'round', visibility: 'none' },
		paint: {
			'line-color': kindColour,
			'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 4.5, 2.5],
			...(dprk ? { 'line-dasharray': [2, 1.5] } : {})
		}
	};
}

export const LINK_LAYERS = [LAYER.linksJapan, LAYER.linksDprk] as const;

/** Where picking looks for small countries' dots, lines and countries (see pick.ts). */
export const HIT_LAYERS = { dots: [LAYER.small], lines: LINK_LAYERS, fills: [LAYER.fill] };
/** Where hover and selection are marked: a country in its shape and its dot, a line in its source. */
export const MARKED_SOURCES = { countries: [COUNTRIES_SOURCE, POINTS_SOURCE], links: LINKS_SOURCE };

/**
 * The whole style, with the geometry already in it (the map is created once the geometry has
 * downloaded, so it loads and renders once). The links source starts empty: the map sets its
 * lines whenever the engagement layer shows them.
 */
export function buildStyle(
	geometry: { countries: GeoJSON.FeatureCollection; points: GeoJSON.FeatureCollection },
	look: LayerLook,
	datasetCodes: readonly string[]
): StyleSpecification {
	return {
		version: 8,
		// A layer switch recolours at once, as the legend beside it changes: no fade between looks.
		transition: { duration: 0, delay: 0 },
		sources: {
			[COUNTRIES_SOURCE]: { type: 'geojson', data: geometry.countries, promoteId: 'iso3' },
			[POINTS_SOURCE]: { type: 'geojson', data: geometry.points, promoteId: 'iso3' },
			[LINKS_SOURCE]: {
				type: 'geojson',
				data: { type: 'FeatureCollection', features: [] },
				promoteId: 'id'
			}
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': OCEAN_COLOUR } },
			{
				id: LAYER.fill,
				type: 'fill',
				source: COUNTRIES_SOURCE,
				paint: { 'fill-color': look.fill }
			},
			{
				id: LAYER.hatch,
				type: 'fill',
				source: COUNTRIES_SOURCE,
				filter: hatchFilter(look),
				paint: { 'fill-pattern': hatchPattern(look) }
			},
			{
				id: LAYER.border,
				type: 'line',
				source: COUNTRIES_SOURCE,
				paint: { 'line-color': BORDER_COLOUR, 'line-width': 0.6 }
			},
			{
				id: LAYER.focus,
				type: 'line',
				source: COUNTRIES_SOURCE,
				paint: {
					'line-color': FOCUS_COLOUR,
					'line-width': [
						'case',
						['boolean', ['feature-state', 'selected'], false],
						2.5,
						['boolean', ['feature-state', 'hover'], false],
						1.5,
						0
					]
				}
			},
			linkLayer(LAYER.linksJapan, false),
			linkLayer(LAYER.linksDprk, true),
			smallCountriesLayer(look, datasetCodes)
		]
	};
}
