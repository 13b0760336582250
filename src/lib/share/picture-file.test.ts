/**
 * A saved SVG is a working file: named groups for the layers and the legend, an id per country,
 * no unnamed shape, text as text; and it shows what the page shows (a country page's frame).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '$lib/state/view';
import type { Locale } from '$lib/i18n/locale';
import { viewPreview } from '$lib/server/preview-images';
import type { ExplorerView } from '$lib/state/view';
import { EXPORT_WIDTH } from './saving';
import { composePicture } from './compose';

const picture = (view: ExplorerView, selected: string | null, locale: Locale, address?: string) =>
	composePicture(viewPreview(view, selected, locale, { address }), { width: EXPORT_WIDTH }).markup;

const lebanon = picture(DEFAULT_VIEW, 'LBN', 'en', 'https://example.org/country/lbn');
const countryIds = (markup: string) =>
	[...markup.matchAll(/<path id="([A-Z]{3})"/g)].map((match) => match[1]);

describe('the saved picture of /country/lbn', () => {
	it('is framed on Lebanon: its neighbours, not the world', () => {
		const ids = countryIds(lebanon);
		expect(ids).toEqual(expect.arrayContaining(['LBN', 'SYR', 'ISR', 'CYP']));
		expect(ids).not.toContain('USA');
		expect(ids).not.toContain('JPN');
		expect(ids.length).toBeLessThan(40);
	});

	it('names Lebanon on the map and explains its outline in the legend', () => {
		expect(lebanon).toMatch(/<g id="names"[^>]*>.*<text data-iso3="LBN"[^>]*>Lebanon<\/text>/);
		expect(lebanon).toMatch(/<g id="legend">.*Lebanon \(outlined\)/);
	});

	it('credits the dashboard and gives the view’s address beside the source', () => {
		const source = lebanon
			.match(/<g id="source">(.*?)<\/g>/)![1]!
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
		expect(source).toContain('Credit: Abductions by North Korea');
		expect(source).toContain('This view: https://example.org/country/lbn');
		expect(source).toMatch(/This map’s data \d+\.\d+\.\d+/);
		expect(source).toContain('Creative Commons Attribution 4.0');
	});
});

describe('every saved picture is a working file', () => {
	const pictures = {
		home: picture(DEFAULT_VIEW, null, 'en'),
		engagement: picture({ ...DEFAULT_VIEW, layer: 'engagement' }, null, 'en'),
		japanese: picture(DEFAULT_VIEW, 'JPN', 'ja')
	};
	for (const [name, markup] of Object.entries(pictures)) {
		it(`${name}: one group per layer and the legend, each named`, () => {
			for (const id of [
				'header',
				'map',
				'countries',
				'hatching',
				'selection',
				'lines',
				'dots',
				'names',
				'legend',
				'source'
			])
				expect(markup, id).toContain(`<g id="${id}"`);
		});

		it(`${name}: every shape says what it is, and each country id is used once`, () => {
			const unnamed = [...markup.matchAll(/<(path|circle|line)\b([^>]*)>/g)].filter(
				([, , attributes]) => !/\b(id|data-iso3|data-name|data-link)="/.test(attributes!)
			);
			// Only the legend's swatches (inside a data-key group) and the patterns may go unnamed.
			const outsideLegend = unnamed.filter(
				([shape]) => !markup.includes(`data-key`) || shape.startsWith('<path')
			);
			expect(outsideLegend.map(([shape]) => shape)).toEqual([]);
			const ids = countryIds(markup);
			expect(new Set(ids).size).toBe(ids.length);
		});
	}

	it('the engagement layer names the countries at the ends of its lines', () => {
		expect(pictures.engagement).toMatch(/<text data-iso3="USA"[^>]*>United States</);
		expect(pictures.engagement).toMatch(/<text data-iso3="JPN"[^>]*>Japan</);
		expect(pictures.engagement).toMatch(/<path data-link="JPN-USA"/);
	});

	it('the Japanese file names its shapes in Japanese or by code, never in English', () => {
		expect(pictures.japanese).toMatch(/<path id="KOR" data-name="韓国"/);
		expect(pictures.japanese).not.toMatch(/data-name="[^"]*[A-Za-z]/);
	});

	it('Lebanon, too small at world scale, is a dot in its colour with its hatch', () => {
		expect(pictures.home).toMatch(/<circle data-iso3="LBN"[^>]*fill="#[0-9a-f]{6}"/);
		expect(pictures.home).toMatch(/<circle data-iso3="LBN"[^>]*fill="url\(#hatch\)"/);
	});
});

describe('the pictures’ lines', () => {
	it('are the live map’s: held under the Arctic Circle, so a framed view shows them whole', async () => {
		const { getSvgWorldLinks, getPictureWorld } = await import('$lib/server/world');
		const { worldUnits } = await import('$lib/map/camera/view-box');
		const { pathBox } = await import('./picture-map');
		const [, ceiling] = worldUnits([0, 66.5], getPictureWorld());
		const over = Object.entries(getSvgWorldLinks()).filter(
			([, { d }]) => pathBox(d)[1] < ceiling - 0.2
		);
		expect(Object.keys(getSvgWorldLinks()).length).toBeGreaterThan(5);
		expect(over.map(([key]) => key)).toEqual([]);
	});
});
