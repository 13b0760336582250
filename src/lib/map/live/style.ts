/** Pure builders for our own MapLibre style: no tiles, no glyphs, nothing from another host. */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	LineLayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { BORDER_COLOUR, FOCUS_COLOUR, OCEAN_COLOUR, statusColour } from '$lib/layers/palette';
import { LINK_COLOUR, type LayerLook } from '$lib/layers/looks';
import { CASING_COLOUR, CASING_PX } from '$lib/layers/link-lines';
import { SMALL_COUNTRY_MAX_ZOOM } from '../camera/view-box';
import { DOT_OUTLINE_PX, DOT_RADIUS_PX } from '../camera/small-dot';
import {
	COUNTRIES_SOURCE,
	CROSS_HATCH_IMAGE,
	HATCH_IMAGE,
	HEAD_IMAGE,
	HEADS_SOURCE,
	LAYER,
	LINKS_SOURCE,
	markedCodes,
	POINTS_SOURCE
} from './ids';

/**
 * A layer switch recolours through feature-state: each country's fill, hatch and dot are set on
 * its feature (`lookStates`), which MapLibre applies to every tile in one frame. A change of paint
 * expression or filter would instead re-lay out the tiles one by one off the main thread, so for a
 * few frames the map would show two layers at once. The look the map starts with is the fallback
 * of each expression, so the first frame is already in its colours.
 */
export interface CountryLookState {
	fill: string;
	hatch: HatchKind;
	/** Whether the country's dot (a small country's) is drawn: the layer colours it. */
	marked: boolean;
}

type HatchKind = 'none' | 'single' | 'cross';

function hatchKindOf(look: Pick<LayerLook, 'hatched' | 'crossHatched'>, code: string): HatchKind {
	if (look.crossHatched.includes(code)) return 'cross';
	return look.hatched.includes(code) ? 'single' : 'none';
}

/** Each country's state under a look; `codes` are every country the map draws. */
export function lookStates(
	look: Pick<LayerLook, 'colourOf' | 'hatched' | 'crossHatched'>,
	codes: Iterable<string>
): Map<string, CountryLookState> {
	const unmarked = statusColour('none');
	return new Map(
		[...codes].map((code) => {
			const fill = look.colourOf(code);
			return [code, { fill, hatch: hatchKindOf(look, code), marked: fill !== unmarked }];
		})
	);
}

/** A state of the feature, or where none is set yet, the look the map started with. */
const stateOr = (key: keyof CountryLookState, start: unknown): ExpressionSpecification =>
	['coalesce', ['feature-state', key], start] as ExpressionSpecification;

const iso3In = (codes: readonly string[]): ExpressionSpecification => [
	'in',
	['get', 'iso3'],
	['literal', codes]
];

/** The fill colour: the feature's state, else the start look's. */
export function fillColour(start: LayerLook): ExpressionSpecification {
	return ['to-color', stateOr('fill', start.fill)];
}

/** A hatch layer's opacity: 1 on the countries hatched with `kind`. */
export function hatchOpacity(start: LayerLook, kind: 'single' | 'cross'): ExpressionSpecification {
	const startKind: ExpressionSpecification = [
		'case',
		iso3In(start.crossHatched),
		'cross',
		iso3In(start.hatched),
		'single',
		'none'
	];
	return ['case', ['==', stateOr('hatch', startKind), kind], 1, 0];
}

/**
 * Countries too small to point at get a dot, coloured like their fill: those the layer colours,
 * so every dot on the map is explained by the legend (a grey dot for a country the layer says
 * nothing about would not be). A dot not drawn has no size, so the pointer does not find it.
 */
export function smallCountriesLayer(
	look: LayerLook,
	codes: readonly string[]
): CircleLayerSpecification {
	const marked: ExpressionSpecification = [
		'boolean',
		stateOr('marked', iso3In(markedCodes(look, codes))),
		false
	];
	// A dot goes once its country's shape is large enough to point at (small-dots.ts).
	const givenWay: ExpressionSpecification = ['boolean', ['feature-state', 'givenWay'], false];
	const hidden: ExpressionSpecification = ['any', givenWay, ['!', marked]];
	return {
		id: LAYER.small,
		type: 'circle',
		source: POINTS_SOURCE,
		maxzoom: SMALL_COUNTRY_MAX_ZOOM,
		filter: ['==', ['get', 'small'], true],
		paint: {
			'circle-radius': [
				'case',
				hidden,
				0,
				['boolean', ['feature-state', 'selected'], false],
				DOT_RADIUS_PX + 2,
				DOT_RADIUS_PX
			],
			'circle-color': fillColour(look),
			'circle-stroke-width': [
				'case',
				hidden,
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
		layout: { 'line-cap': 'round' },
		paint: {
			// Shown by the look that has lines (create.ts showLook).
			'line-opacity': 0,
			'line-color': kindColour,
			'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 4.5, 2.5],
			...(dprk ? { 'line-dasharray': [2, 1.5] } : {})
		}
	};
}

/**
 * A white casing under every line, wider than the line (a hovered one too), as on the static map
 * (link-lines.ts): a blue line stays a line over the navy United States, and lines that cross or
 * meet at Japan stay apart.
 */
function casingLayer(): LineLayerSpecification {
	return {
		id: LAYER.linksCasing,
		type: 'line',
		source: LINKS_SOURCE,
		layout: { 'line-cap': 'round' },
		paint: {
			'line-opacity': 0,
			'line-color': CASING_COLOUR,
			'line-width': [
				'case',
				['boolean', ['feature-state', 'hover'], false],
				4.5 + 2 * CASING_PX,
				2.5 + 2 * CASING_PX
			]
		}
	};
}

/**
 * The one-way lines' heads: one at each line's middle, turned the way the line runs from the
 * country that acted (headFeatures); in the line's colour with a white rim, as on the static map.
 */
function headsLayer(): SymbolLayerSpecification {
	return {
		id: LAYER.heads,
		type: 'symbol',
		source: HEADS_SOURCE,
		// A line too short on screen to carry its head has none (headFromZoom), as on the static map.
		filter: ['>=', ['zoom'], ['get', 'headFromZoom']],
		layout: {
			'icon-image': HEAD_IMAGE,
			'icon-rotate': ['get', 'angle'],
			'icon-rotation-alignment': 'map',
			'icon-keep-upright': false,
			'icon-allow-overlap': true,
			'icon-ignore-placement': true
		},
		paint: {
			// Shown with the lines (create.ts showLook).
			'icon-opacity': 0,
			'icon-color': kindColour,
			'icon-halo-color': '#ffffff',
			'icon-halo-width': 1
		}
	};
}

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
			},
			[HEADS_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': OCEAN_COLOUR } },
			{
				id: LAYER.fill,
				type: 'fill',
				source: COUNTRIES_SOURCE,
				paint: { 'fill-color': fillColour(look) }
			},
			{
				id: LAYER.hatch,
				type: 'fill',
				source: COUNTRIES_SOURCE,
				paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': hatchOpacity(look, 'single') }
			},
			{
				id: LAYER.crossHatch,
				type: 'fill',
				source: COUNTRIES_SOURCE,
				paint: {
					'fill-pattern': CROSS_HATCH_IMAGE,
					'fill-opacity': hatchOpacity(look, 'cross')
				}
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
			casingLayer(),
			linkLayer(LAYER.linksJapan, false),
			linkLayer(LAYER.linksDprk, true),
			headsLayer(),
			smallCountriesLayer(look, datasetCodes)
		]
	};
}
