/** Pure builders for our own MapLibre style: no tiles, no glyphs, nothing from another host. */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	FillLayerSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { CountrySummary } from '$lib/data/join';
import {
	BORDER_COLOUR,
	FOCUS_COLOUR,
	OCEAN_COLOUR,
	RESPONSIBLE_COLOUR,
	RESPONSIBLE_STATE,
	statusColour
} from './palette';

export const COUNTRIES_SOURCE = 'countries';
export const POINTS_SOURCE = 'points';
export const LAYER = {
	fill: 'countries-fill',
	hatch: 'countries-hatch',
	border: 'countries-border',
	focus: 'countries-focus',
	small: 'small-countries'
} as const;
export const HATCH_IMAGE = 'hatch';

/** `match` on the ISO code: each dataset country's colour, everything else the "none" colour. */
export function statusFillExpression(summaries: Iterable<CountrySummary>): ExpressionSpecification {
	const byColour = new Map<string, string[]>();
	for (const s of summaries) {
		const colour = s.iso3 === RESPONSIBLE_STATE ? RESPONSIBLE_COLOUR : statusColour(s.status);
		if (colour === statusColour('none')) continue;
		byColour.set(colour, [...(byColour.get(colour) ?? []), s.iso3]);
	}
	const branches = [...byColour].flatMap(([colour, codes]) => [codes.sort(), colour]);
	return [
		'match',
		['get', 'iso3'],
		...branches,
		statusColour('none')
	] as unknown as ExpressionSpecification;
}

export function codesWithStatus(summaries: Iterable<CountrySummary>, status: string): string[] {
	return [...summaries]
		.filter((s) => s.status === status)
		.map((s) => s.iso3)
		.sort();
}

/** The hatch that marks "possible": a non-colour cue for certainty. */
export function hatchLayer(summaries: Iterable<CountrySummary>): FillLayerSpecification {
	return {
		id: LAYER.hatch,
		type: 'fill',
		source: COUNTRIES_SOURCE,
		filter: ['in', ['get', 'iso3'], ['literal', codesWithStatus(summaries, 'possible')]],
		paint: { 'fill-pattern': HATCH_IMAGE }
	};
}

/** Countries too small to point at get a dot, coloured like their fill. */
export function smallCountriesLayer(summaries: Iterable<CountrySummary>): CircleLayerSpecification {
	const codes = [...summaries].map((s) => s.iso3).sort();
	return {
		id: LAYER.small,
		type: 'circle',
		source: POINTS_SOURCE,
		// Once zoomed in, the country itself is big enough to point at.
		maxzoom: 3.5,
		filter: ['all', ['==', ['get', 'small'], true], ['in', ['get', 'iso3'], ['literal', codes]]],
		paint: {
			'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 7, 5],
			'circle-color': statusFillExpression(summaries),
			'circle-stroke-width': [
				'case',
				['boolean', ['feature-state', 'selected'], false],
				2.5,
				['boolean', ['feature-state', 'hover'], false],
				2,
				1
			],
			'circle-stroke-color': FOCUS_COLOUR
		}
	};
}

export function buildStyle(
	countriesUrl: string,
	points: GeoJSON.FeatureCollection,
	summaries: CountrySummary[]
): StyleSpecification {
	return {
		version: 8,
		sources: {
			[COUNTRIES_SOURCE]: { type: 'geojson', data: countriesUrl, promoteId: 'iso3' },
			[POINTS_SOURCE]: { type: 'geojson', data: points, promoteId: 'iso3' }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': OCEAN_COLOUR } },
			{
				id: LAYER.fill,
				type: 'fill',
				source: COUNTRIES_SOURCE,
				paint: { 'fill-color': statusFillExpression(summaries) }
			},
			hatchLayer(summaries),
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
			smallCountriesLayer(summaries)
		]
	};
}

/** Diagonal lines on transparent: RGBA pixels for map.addImage, drawn without a canvas. */
export function hatchPixels(
	size = 8,
	colour: [number, number, number] = [84, 39, 136]
): Uint8Array {
	const pixels = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			if ((x + y) % size < 2) {
				const i = (y * size + x) * 4;
				pixels.set([...colour, 200], i);
			}
		}
	}
	return pixels;
}
