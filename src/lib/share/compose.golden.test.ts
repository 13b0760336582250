/**
 * Golden files for the picture composer: whole pictures of a few views, compared with the SVG kept
 * in __snapshots__/. A change to any part of a picture (layout, colours, words, legend) shows in
 * the file's diff and must be accepted on purpose (`npx vitest run -u`). The world is cut down to
 * a dozen countries so that the files stay small; every date comes from the view or the document,
 * never from today.
 */
import { describe, expect, it } from 'vitest';
import { dataFor } from '$lib/i18n/data';
import type { Locale } from '$lib/i18n/locale';
import { drawnLayers } from '$lib/layers/drawn';
import { getSvgWorld, getSvgWorldLinks } from '$lib/server/world';
import { DEFAULT_VIEW, type ExplorerView } from '$lib/state/view';
import { EXPORT_WIDTH } from './download';
import { composePicture } from './compose';
import { pictureLines, viewPictureContent } from './view-picture';

/** East Asia, the Levant and the G7's European members: enough to see each view's colours. */
const KEPT = ['JPN', 'KOR', 'PRK', 'CHN', 'THA', 'LBN', 'SYR', 'ISR', 'GBR', 'FRA', 'DEU', 'ITA'];

function picture(view: ExplorerView, selected: string | null, locale: Locale) {
	const { dataset, summaries, countryNames } = dataFor(locale);
	const { look, legend, links } = drawnLayers(dataset, summaries, view, locale);
	const whole = getSvgWorld();
	const world = { ...whole, countries: whole.countries.filter((c) => KEPT.includes(c.iso3)) };
	const content = viewPictureContent({
		view,
		look,
		legend,
		lines: links ? pictureLines(links, getSvgWorldLinks()) : undefined,
		world,
		selected,
		selectedName: selected ? countryNames.get(selected) : undefined,
		document: dataset.document,
		locale
	});
	return composePicture(content, { width: EXPORT_WIDTH }).markup;
}

describe('the pictures a reader saves', () => {
	it('the home view: abductee nationalities', async () => {
		await expect(picture(DEFAULT_VIEW, null, 'en')).toMatchFileSnapshot(
			'./__snapshots__/home-abductions.svg'
		);
	});

	it('engagement up to June 2018, with its lines, one dashed', async () => {
		const view = { ...DEFAULT_VIEW, layer: 'engagement' as const, until: '2018-06' };
		await expect(picture(view, null, 'en')).toMatchFileSnapshot(
			'./__snapshots__/engagement-2018-06.svg'
		);
	});

	it('the G7 on the forums layer', async () => {
		const view = { ...DEFAULT_VIEW, layer: 'forums' as const, forum: 'g7' };
		await expect(picture(view, null, 'en')).toMatchFileSnapshot('./__snapshots__/forums-g7.svg');
	});

	it('a country chosen: Lebanon', async () => {
		await expect(picture(DEFAULT_VIEW, 'LBN', 'en')).toMatchFileSnapshot(
			'./__snapshots__/country-lbn.svg'
		);
	});

	it('in Japanese: Japan chosen on the home view', async () => {
		await expect(picture(DEFAULT_VIEW, 'JPN', 'ja')).toMatchFileSnapshot(
			'./__snapshots__/ja-country-jpn.svg'
		);
	});

	it('in Korean: South Korea chosen on the home view', async () => {
		await expect(picture(DEFAULT_VIEW, 'KOR', 'ko')).toMatchFileSnapshot(
			'./__snapshots__/ko-country-kor.svg'
		);
	});
});
