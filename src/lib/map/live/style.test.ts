import { describe, expect, it } from 'vitest';
import {
	createPropertyExpression,
	latest,
	validateStyleMin,
	type StylePropertySpecification,
	type StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { statusColour } from '$lib/layers/palette';
import { dataset, summaries } from '$lib/data/dataset';
import { engagementByCountry, forumCoverage } from '$lib/data/engagement';
import { buildStyle, lookStates } from './style';
import { LAYER } from './ids';
import { abductionLook, engagementLook, forumLook } from '$lib/layers/looks';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const NO_GEOMETRY = { countries: EMPTY, points: EMPTY };

/** A layer's paint value in the built style, evaluated for one feature and its state. */
function paintOf(
	style: StyleSpecification,
	layerId: string,
	property: string,
	properties: Record<string, unknown>,
	state: object = {}
): unknown {
	const layer = style.layers.find((l) => l.id === layerId) as { type: string; paint: object };
	const value = (layer.paint as Record<string, unknown>)[property];
	const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
		`paint_${layer.type}`
	]![property]!;
	const parsed = createPropertyExpression(value, property, spec);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	const result = parsed.value.evaluate(
		{ zoom: 2 },
		{ type: 'Point', properties } as never,
		state as never
	);
	return typeof result?.toString === 'function' && result.r !== undefined
		? `rgba(${[result.r, result.g, result.b].map((c: number) => Math.round(c * 255)).join(',')},${result.a})`
		: result;
}

const rgba = (hex: string) =>
	`rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')},1)`;

describe('the look in the style', () => {
	const codes = [...summaries.keys()];
	const abductions = abductionLook(summaries.values());
	const eu = forumLook(forumCoverage(dataset, 'eu', dataset.events)!);
	const style = buildStyle(NO_GEOMETRY, abductions, codes);
	const euStates = lookStates(eu, codes);

	it('starts in the first look, before any state is set', () => {
		expect(paintOf(style, LAYER.fill, 'fill-color', { iso3: 'KOR' })).toBe(
			rgba(statusColour('confirmed'))
		);
		expect(paintOf(style, LAYER.hatch, 'fill-opacity', { iso3: 'LBN' })).toBe(1);
		expect(paintOf(style, LAYER.crossHatch, 'fill-opacity', { iso3: 'LBN' })).toBe(0);
		expect(paintOf(style, LAYER.crossHatch, 'fill-opacity', { iso3: 'CHN' })).toBe(1);
		// Luxembourg is in the data only as an EU member: the abductee layer gives it no dot.
		expect(paintOf(style, LAYER.small, 'circle-radius', { iso3: 'LUX', small: true })).toBe(0);
		expect(
			paintOf(style, LAYER.small, 'circle-radius', { iso3: 'LBN', small: true })
		).toBeGreaterThan(0);
	});

	it('follows each country’s state once a look is set', () => {
		const lux = euStates.get('LUX')!;
		expect(
			paintOf(style, LAYER.small, 'circle-radius', { iso3: 'LUX', small: true }, lux)
		).toBeGreaterThan(0);
		expect(paintOf(style, LAYER.small, 'circle-color', { iso3: 'LUX' }, lux)).toBe(
			rgba(eu.colourOf('LUX'))
		);
		const lbn = euStates.get('LBN')!;
		expect(paintOf(style, LAYER.hatch, 'fill-opacity', { iso3: 'LBN' }, lbn)).toBe(0);
		expect(paintOf(style, LAYER.fill, 'fill-color', { iso3: 'KOR' }, euStates.get('KOR'))).toBe(
			rgba(eu.colourOf('KOR'))
		);
		// A dot given way to its country's shape stays gone, whatever the look.
		expect(
			paintOf(style, LAYER.small, 'circle-radius', { iso3: 'LUX' }, { ...lux, givenWay: true })
		).toBe(0);
	});
});

describe('buildStyle', () => {
	const style = buildStyle(NO_GEOMETRY, abductionLook(summaries.values()), [...summaries.keys()]);
	it('is a valid style with no glyphs, sprites or remote sources', () => {
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		expect(JSON.stringify(style)).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
	});

	it('stays valid with every layer’s look', () => {
		for (const look of [
			engagementLook(engagementByCountry(dataset.events)),
			forumLook(forumCoverage(dataset, 'asean', dataset.events)!),
			forumLook(
				forumCoverage(dataset, 'un-sc', []) ?? forumCoverage(dataset, 'un-sc', dataset.events)!
			)
		]) {
			expect(validateStyleMin(buildStyle(NO_GEOMETRY, look, ['JPN']))).toEqual([]);
		}
	});
});
