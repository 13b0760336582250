import { describe, expect, it } from 'vitest';
import { dataFor } from '$lib/i18n/data';
import { drawnLayers } from '$lib/layers/drawn';
import { DEFAULT_VIEW } from '$lib/state/view';
import { namedCountries } from './named';

const { dataset, summaries } = dataFor('en');

describe('namedCountries', () => {
	it('names the seven nationalities on the abductee layer, and not North Korea', () => {
		const named = namedCountries({ layer: 'abductions', selected: null, summaries });
		expect(named.sort()).toEqual(['CHN', 'JPN', 'KOR', 'LBN', 'ROU', 'THA', 'USA']);
	});

	it('adds the selected country when the layer does not name it', () => {
		const named = namedCountries({ layer: 'abductions', selected: 'FRA', summaries });
		expect(named).toContain('FRA');
		expect(named).toHaveLength(8);
	});

	it('names a selected country and its partners on the engagement layer, no one else', () => {
		const view = { ...DEFAULT_VIEW, layer: 'engagement' as const };
		const { links } = drawnLayers(dataset, summaries, view);
		const named = namedCountries({ layer: 'engagement', selected: 'USA', summaries, links });
		expect(named).toEqual(expect.arrayContaining(['USA', 'JPN']));
		expect(named).not.toContain('LBN');
	});

	it('names the G7 and the EU on the forums layer', () => {
		const view = { ...DEFAULT_VIEW, layer: 'forums' as const, forum: 'g7' };
		const { forum } = drawnLayers(dataset, summaries, view);
		const named = namedCountries({ layer: 'forums', selected: null, summaries, forum });
		expect(named).toEqual(
			expect.arrayContaining(['JPN', 'USA', 'GBR', 'FRA', 'DEU', 'ITA', 'CAN'])
		);
	});
});
