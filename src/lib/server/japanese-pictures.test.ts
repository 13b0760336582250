import { describe, expect, it } from 'vitest';
import { dataFor } from '$lib/i18n/data';
import { englishWords, textOfMarkup } from '$lib/i18n/english-words';
import { handoutMapSvg } from '$lib/present/handout-svg';
import { stepLook } from '$lib/present/step-look';
import { stepsFor } from '$lib/present/steps';
import { composePicture } from '$lib/share/compose';
import { EXPORT_WIDTH } from '$lib/share/saving';
import { DEFAULT_VIEW, LAYERS, type Layer } from '$lib/state/view';
import { localeOfAddress } from '$lib/i18n/paths';
import { previewTags } from '$lib/share/preview-tags';
import { handoutMap } from './handout-maps';
import { layerPreview, PREVIEW_SIZE } from './preview-images';
import { stepPicture } from './step-picture';

/** A Japanese or Korean picture's English words, with where they were found. */
const englishIn = (what: string, markup: string) =>
	englishWords(textOfMarkup(markup)).map((word) => `${what}: ${word}`);

/** Hangul: a Korean picture must carry some. */
const HANGUL = /[\uac00-\ud7af]/;

// Each test draws a few dozen pictures, names placed: about 1.5 s alone, several times that on a
// two-core machine whose other worker is busy, so more than Vitest's default 5 s of room.
describe.each(['ja', 'ko'] as const)(
	'the %s pictures carry no English',
	{ timeout: 30_000 },
	(locale) => {
		it('in a saved view of every layer, the world and a country (each kind of mark)', () => {
			// Japan, a country named with doubt (hatched), one never named, and the world.
			const found = LAYERS.flatMap((layer) =>
				[null, 'JPN', 'THA', 'BRA'].flatMap((selected) => {
					const content = layerPreview(layer, selected, locale);
					return [
						...englishIn(
							`${layer} ${selected}`,
							composePicture(content, { width: EXPORT_WIDTH }).markup
						),
						...englishIn(
							`${layer} ${selected} preview`,
							composePicture(content, PREVIEW_SIZE).markup
						)
					];
				})
			);
			expect(found).toEqual([]);
		});

		it("in every step's picture and handout map", () => {
			const { dataset } = dataFor(locale);
			const found = stepsFor(locale).flatMap((step, i) => [
				...englishIn(`step ${i + 1}`, stepPicture(i + 1, locale)!),
				...englishIn(
					`handout ${i + 1}`,
					handoutMapSvg(handoutMap(step, locale), stepLook(step, dataset))
				)
			]);
			expect(found).toEqual([]);
		});
	}
);

describe('the Korean pictures, and the check itself', () => {
	it('are written in Hangul: a saved view, a link preview, a step and its handout map', () => {
		const content = layerPreview('abductions', 'KOR', 'ko');
		const texts = [
			composePicture(content, { width: EXPORT_WIDTH }).markup,
			composePicture(layerPreview('forums', null, 'ko'), PREVIEW_SIZE).markup,
			stepPicture(1, 'ko')!,
			handoutMapSvg(
				handoutMap(stepsFor('ko')[0]!, 'ko'),
				stepLook(stepsFor('ko')[0]!, dataFor('ko').dataset)
			)
		].map(textOfMarkup);
		for (const text of texts) expect(text).toMatch(HANGUL);
		expect(texts[0]).toContain('한국');
		expect(texts[2]).toContain('납치되었을 가능성이');
	});

	it('in a /ja/ page’s link preview: its og:image is the Japanese twin, drawn in Japanese', () => {
		const names = dataFor('ja').countryNames;
		const pages = [
			{ path: '/' },
			...LAYERS.map((layer) => ({ path: `/layer/${layer}` })),
			...['kor', 'lbn', 'usa'].map((code) => ({
				path: `/country/${code}`,
				countryName: names.get(code.toUpperCase())
			}))
		];
		const found = pages.flatMap((page) => {
			const fullPath = `/ja${page.path === '/' ? '' : page.path}`;
			const tags = previewTags(page, {
				site: 'https://example.org',
				base: '',
				fullPath,
				locale: 'ja'
			});
			const image = new URL(tags.find((tag) => tag.key === 'og:image')!.content).pathname;
			// What the image's endpoint draws for that address (src/routes/og/**).
			expect(localeOfAddress(image, ''), image).toBe('ja');
			const [, kind, name] = image.match(/^\/ja\/og\/(?:(layer|country)\/)?([a-z]+)\.png$/)!;
			const content =
				kind === 'country'
					? layerPreview(DEFAULT_VIEW.layer, name!.toUpperCase(), 'ja')
					: layerPreview(kind === 'layer' ? (name as Layer) : DEFAULT_VIEW.layer, null, 'ja');
			return englishIn(image, composePicture(content, PREVIEW_SIZE).markup);
		});
		expect(found).toEqual([]);
	});

	it('in every step’s slide-shaped picture', () => {
		const found = stepsFor('ja').flatMap((_, i) =>
			englishIn(`slide ${i + 1}`, stepPicture(i + 1, 'ja', 'slide')!)
		);
		expect(found).toEqual([]);
	});

	it('and the check finds English where there is some', () => {
		expect(englishWords('凡例：拉致された可能性 (hatched)、G7・EU・KOR')).toEqual(['hatched']);
		// File names are names: countries.csv is not English, "Zoom in" is.
		expect(englishWords('countries.csv와 dataset.json · Zoom in')).toEqual(['Zoom', 'in']);
		expect(englishIn('step 1', stepPicture(1, 'en')!).length).toBeGreaterThan(10);
	});
});
