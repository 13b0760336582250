import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW,
	parseView,
	selectedCountry,
	sliderIndex,
	viewAddress,
	viewChange,
	viewQuery
} from './view';

const forums = ['un-hrc', 'g7', 'asean'];
const parse = (query: string) => parseView(new URLSearchParams(query), forums);

describe('parseView', () => {
	it('reads a full view', () => {
		expect(parse('layer=forums&forum=g7&until=2010-12')).toEqual({
			layer: 'forums',
			forum: 'g7',
			until: '2010-12'
		});
	});

	it('falls back to defaults for unknown or malformed values', () => {
		expect(parse('')).toEqual(DEFAULT_VIEW);
		expect(parse('layer=<script>&forum=nato&until=2010-13')).toEqual(DEFAULT_VIEW);
		expect(parse('until=2010&foo=bar').until).toBeNull();
		expect(parse('layer=ENGAGEMENT').layer).toBe('abductions');
	});
});

describe('viewQuery', () => {
	it('round-trips and leaves out defaults', () => {
		const view = { layer: 'forums', forum: 'asean', until: '2014-03' } as const;
		expect(parse(viewQuery(view).slice(1))).toEqual(view);
		expect(viewQuery(DEFAULT_VIEW)).toBe('');
		expect(viewQuery({ ...DEFAULT_VIEW, layer: 'engagement' })).toBe('?layer=engagement');
		expect(viewQuery({ layer: 'engagement', forum: 'g7', until: null })).toBe('?layer=engagement');
	});
});

it('sliderIndex puts a month between stops on the last stop before it', () => {
	const months = ['2005-09', '2007-02', '2013-03'];
	expect(sliderIndex(months, '2010-12')).toBe(1);
	expect(sliderIndex(months, '2007-02')).toBe(1);
	expect(sliderIndex(months, '2019-01')).toBe(2);
	expect(sliderIndex(months, '2001-01')).toBe(0);
});

describe('selectedCountry', () => {
	const known = new Set(['KOR', 'JPN']);
	it('reads the address in any case as a known code', () => {
		expect(selectedCountry('kor', known)).toBe('KOR');
		expect(selectedCountry('JPN', known)).toBe('JPN');
	});
	it('is null for no country or one the dataset does not know', () => {
		expect(selectedCountry(undefined, known)).toBeNull();
		expect(selectedCountry('xyz', known)).toBeNull();
	});
});

describe('a layer page and a shared world view', () => {
	it('reads the layer from the page’s path when the query names none', () => {
		const params = new URLSearchParams('until=2014-03');
		expect(parseView(params, ['coi'], 'engagement')).toEqual({
			layer: 'engagement',
			forum: 'coi',
			until: '2014-03'
		});
		expect(parseView(new URLSearchParams('layer=forums'), ['coi'], 'engagement').layer).toBe(
			'forums'
		);
		expect(parseView(new URLSearchParams(''), ['coi']).layer).toBe('abductions');
	});

	it('shares a layer view at its layer’s own path, the rest of the view in the query', () => {
		expect(viewAddress({ layer: 'engagement', forum: 'coi', until: null })).toBe(
			'/layer/engagement'
		);
		expect(viewAddress({ layer: 'forums', forum: 'g7', until: '2018-06' })).toBe(
			'/layer/forums?forum=g7&until=2018-06'
		);
		expect(viewAddress({ layer: 'abductions', forum: 'coi', until: null })).toBe('/');
		expect(viewAddress({ layer: 'engagement', forum: 'coi', until: '2014-03' })).toBe(
			'/layer/engagement?until=2014-03'
		);
	});
});

describe('viewChange', () => {
	const view = { layer: 'forums', forum: 'g7', until: null } as const;

	it('keeps the page and writes the changed view in its query', () => {
		expect(viewChange('/ja/country/tha', view, { layer: 'engagement' })).toEqual({
			url: '/ja/country/tha?layer=engagement',
			replace: false
		});
		expect(viewChange('/', view, { forum: 'asean' }).url).toBe('/?layer=forums&forum=asean');
	});

	it('replaces the history entry when the timeline moves, even back to the whole document', () => {
		expect(viewChange('/', view, { until: '2014-03' })).toEqual({
			url: '/?layer=forums&forum=g7&until=2014-03',
			replace: true
		});
		expect(viewChange('/', view, { until: null }).replace).toBe(true);
	});

	it('from a layer’s own page, stays on layer pages: the address a reader shares', () => {
		const engagement = { layer: 'engagement', forum: 'coi', until: null } as const;
		expect(viewChange('/layer/engagement', engagement, { until: '2010-06' }, true)).toEqual({
			url: '/layer/engagement?until=2010-06',
			replace: true
		});
		expect(viewChange('/ja/layer/forums', view, { forum: 'asean' }, true).url).toBe(
			'/layer/forums?forum=asean'
		);
		expect(viewChange('/layer/forums', view, { layer: 'engagement' }, true).url).toBe(
			'/layer/engagement'
		);
		expect(viewChange('/layer/forums', view, { layer: 'abductions' }, true).url).toBe('/');
	});
});
