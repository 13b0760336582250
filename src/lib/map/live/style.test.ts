import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { dataset, summaries } from '$lib/data/dataset';
import { engagementByCountry, forumCoverage } from '$lib/data/engagement';
import { buildStyle, smallCountriesFilter } from './style';
import { abductionLook, engagementLook, forumLook } from '$lib/layers/looks';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const NO_GEOMETRY = { countries: EMPTY, points: EMPTY };

describe('smallCountriesFilter', () => {
	it('gives a dot only to the small countries the layer colours', () => {
		const codes = [...summaries.keys()];
		const marked = (filter: unknown) => JSON.stringify(filter);
		const abductions = marked(smallCountriesFilter(abductionLook(summaries.values()), codes));
		expect(abductions).toContain('LBN');
		// Luxembourg is in the data only as an EU member: the abductee layer says nothing of it.
		expect(abductions).not.toContain('LUX');
		const eu = marked(
			smallCountriesFilter(forumLook(forumCoverage(dataset, 'eu', dataset.events)!), codes)
		);
		expect(eu).toContain('LUX');
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
