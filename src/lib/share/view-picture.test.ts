import { describe, expect, it } from 'vitest';
import { dataset, summaries } from '$lib/data/dataset';
import { drawnLayers } from '$lib/layers/drawn';
import { DEFAULT_VIEW, type ExplorerView } from '$lib/state/view';
import { dateShown, viewPictureContent } from './view-picture';
import { stepFileName, viewFileName } from './file-names';

import { SAMPLE_DOCUMENT as document } from '$lib/data/sample-document';

describe('viewFileName', () => {
	it('names a download after its view', () => {
		const engagement: ExplorerView = { layer: 'engagement', forum: 'coi', until: '2018-06' };
		expect(viewFileName(engagement, null, 'png')).toBe('abductions-engagement-2018-06.png');
		expect(viewFileName(DEFAULT_VIEW, 'KOR', 'svg')).toBe('abductions-kor.svg');
		expect(viewFileName(DEFAULT_VIEW, null, 'png')).toBe('abductions.png');
		expect(viewFileName({ layer: 'forums', forum: 'g7', until: null }, null, 'svg')).toBe(
			'abductions-forums-g7.svg'
		);
		// The abductee layer does not change with the timeline, so neither does its name.
		expect(viewFileName({ ...DEFAULT_VIEW, until: '2014-02' }, null, 'png')).toBe('abductions.png');
		expect(stepFileName(3, 'png')).toBe('abductions-step-3.png');
	});
});

describe('dateShown', () => {
	it('says the timeline month on the layers that follow it', () => {
		expect(dateShown({ layer: 'engagement', forum: 'coi', until: '2018-06' }, document)).toBe(
			'Events up to June 2018 (document of 28 December 2018)'
		);
		expect(dateShown({ ...DEFAULT_VIEW, until: '2018-06' }, document)).toBe(
			'As the document stands, 28 December 2018'
		);
	});
});

describe('viewPictureContent', () => {
	it('draws the layer the view shows, with its legend, and names the selected country', () => {
		const view: ExplorerView = { layer: 'forums', forum: 'g7', until: null };
		const { look, legend } = drawnLayers(dataset, summaries, view);
		const content = viewPictureContent({
			view,
			look,
			legend,
			world: { width: 1, height: 1, countries: [] },
			selected: 'JPN',
			selectedName: 'Japan',
			document
		});
		expect(content.title).toBe(`Japan: ${look.title}`);
		expect(content.legend).toEqual(look.legend);
		expect(content.colourOf('JPN')).toBe(look.colourOf('JPN'));
		expect(content.source).toContain('The Ministry');
		// Kept whole: no-break spaces inside the date.
		expect(content.source).toContain('28\u00a0December\u00a02018');
	});

	it("puts the version, build date, licence and credit at every picture's foot", () => {
		const view: ExplorerView = { layer: 'engagement', forum: 'coi', until: null };
		const { look, legend } = drawnLayers(dataset, summaries, view);
		const args = { view, look, legend, world: { width: 1, height: 1, countries: [] } };
		const content = viewPictureContent({ ...args, selected: null, document });
		// The dashboard's data, apart from the document's date: not read as a second date of it.
		expect(content.source).toContain('This map’s data 2.3.4');
		expect(content.source).toMatch(/built \d{1,2}\u00a0[A-Z][a-z]+\u00a0\d{4}/);
		expect(content.source).toContain('Creative Commons Attribution 4.0 International');
		expect(content.source).toContain(
			"Credit: Abductions by North Korea: Japan's account of international efforts."
		);
		const ja = viewPictureContent({ ...args, selected: null, document, locale: 'ja' });
		expect(ja.source).toContain('データ 2.3.4');
		expect(ja.source).toContain('クレジット：北朝鮮による拉致：日本が伝える国際社会の取組');
	});
});
