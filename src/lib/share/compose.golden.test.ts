/**
 * Golden files for the picture composer: whole pictures of a few views, compared with the SVG kept
 * in __snapshots__/. A change to any part of a picture (frame, layout, colours, words, names,
 * legend) shows in the file's diff and must be accepted on purpose (`npx vitest run -u`). The
 * world views are cut down to a dozen countries so that the files stay small; a framed view keeps
 * only what its frame shows anyway. Every date comes from the view or the document, never today.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locale';
import { viewPreview } from '$lib/server/preview-images';
import { getPictureWorld } from '$lib/server/world';
import { DEFAULT_VIEW, type ExplorerView } from '$lib/state/view';
import { EXPORT_WIDTH } from './saving';
import { composePicture } from './compose';
import type { ShownView } from './view-frame';

/** East Asia, the Levant and the G7's European members: enough to see each view's colours. */
const KEPT = ['JPN', 'KOR', 'PRK', 'CHN', 'THA', 'LBN', 'SYR', 'ISR', 'GBR', 'FRA', 'DEU', 'ITA'];
const SITE = 'https://example.org';

function picture(
	view: ExplorerView,
	selected: string | null,
	locale: Locale,
	options: { cut?: boolean; shown?: ShownView; address?: string } = {}
) {
	const whole = getPictureWorld();
	const world = options.cut
		? { ...whole, countries: whole.countries.filter((c) => KEPT.includes(c.iso3)) }
		: whole;
	return composePicture(viewPreview(view, selected, locale, { ...options, world }), {
		width: EXPORT_WIDTH
	}).markup;
}

describe('the pictures a reader saves', () => {
	it('the home view: abductee nationalities, the seven named', async () => {
		await expect(picture(DEFAULT_VIEW, null, 'en', { cut: true })).toMatchFileSnapshot(
			'./__snapshots__/home-abductions.svg'
		);
	});

	it('engagement up to June 2018, with its lines, one dashed', async () => {
		const view = { ...DEFAULT_VIEW, layer: 'engagement' as const, until: '2018-06' };
		await expect(picture(view, null, 'en', { cut: true })).toMatchFileSnapshot(
			'./__snapshots__/engagement-2018-06.svg'
		);
	});

	it('the G7 on the forums layer', async () => {
		const view = { ...DEFAULT_VIEW, layer: 'forums' as const, forum: 'g7' };
		await expect(picture(view, null, 'en', { cut: true })).toMatchFileSnapshot(
			'./__snapshots__/forums-g7.svg'
		);
	});

	it('a country chosen: Lebanon, framed on it, with its address', async () => {
		const address = `${SITE}/country/lbn`;
		await expect(picture(DEFAULT_VIEW, 'LBN', 'en', { address })).toMatchFileSnapshot(
			'./__snapshots__/country-lbn.svg'
		);
	});

	it('the live map moved: East Asia at zoom 3.5 on a 900x600 map', async () => {
		const shown = {
			centre: [128, 36] as [number, number],
			zoom: 3.5,
			size: { width: 900, height: 600 }
		};
		await expect(picture(DEFAULT_VIEW, null, 'en', { shown })).toMatchFileSnapshot(
			'./__snapshots__/moved-east-asia.svg'
		);
	});

	it('in Japanese: Japan chosen on the home view', async () => {
		const address = `${SITE}/ja/country/jpn`;
		await expect(picture(DEFAULT_VIEW, 'JPN', 'ja', { address })).toMatchFileSnapshot(
			'./__snapshots__/ja-country-jpn.svg'
		);
	});

	it('in Korean: South Korea chosen on the home view', async () => {
		await expect(picture(DEFAULT_VIEW, 'KOR', 'ko')).toMatchFileSnapshot(
			'./__snapshots__/ko-country-kor.svg'
		);
	});
});
