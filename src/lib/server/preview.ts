/**
 * Link-preview images (1200x630 PNG), drawn at build time from the same picture as the downloads,
 * with resvg: no browser, no network. resvg draws text only with fonts it finds, so the system's
 * fonts are loaded and the first drawing checks that words really appear.
 */
import { Resvg } from '@resvg/resvg-js';
import { dataFor } from '$lib/i18n/data';
import type { Locale } from '$lib/i18n/locale';
import { drawnLayers } from '$lib/layers/drawn';
import { composePicture, type PictureContent } from '$lib/share/compose';
import { viewPicture } from '$lib/share/view-picture';
import { messagesFor } from '$lib/i18n/messages';
import { DEFAULT_VIEW, type ExplorerView, type Layer } from '$lib/state/view';
import { getPictureWorld, getSvgWorldLinks, getWorldPlaces } from './world';
import { cardFrame } from '$lib/share/card-frame';
import { staticViewBox, type ViewBox } from '$lib/map/camera/view-box';
import type { ShownView } from '$lib/share/view-frame';
import type { SvgWorld } from '$lib/geo/types';
import '$lib/server/locales';
import { cachedPng } from './png-cache';
import resvgPackage from '@resvg/resvg-js/package.json';

/** A new resvg may draw the same markup differently: its version is part of each cached PNG's key. */
const RESVG_VERSION = resvgPackage.version;

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

const FONT_OPTIONS = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };

export function svgToPng(markup: string, width: number): Buffer {
	return new Resvg(markup, { font: FONT_OPTIONS, fitTo: { mode: 'width', value: width } })
		.render()
		.asPng();
}

/** Dark pixels in a PNG-less render: how much ink a drawing of `markup` lays down. */
export function inkOf(markup: string): number {
	const { pixels } = new Resvg(markup, { font: FONT_OPTIONS }).render();
	let dark = 0;
	for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128 && pixels[i + 3]! > 0) dark++;
	return dark;
}

let fontsChecked = false;
/** A word drawn with the pictures' fonts must leave ink; without any font the previews would be wordless. */
function checkFonts(): void {
	if (fontsChecked) return;
	const { markup } = composePicture(
		{
			kicker: 'Fonts',
			title: 'Fonts',
			subtitle: '',
			world: { width: 10, height: 1, countries: [] },
			colourOf: () => '#fff',
			hatched: [],
			legendTitle: '',
			legend: [],
			hatchedNote: '',
			crossHatchedNote: '',
			source: ''
		},
		PREVIEW_SIZE
	);
	if (inkOf(markup) < 50) {
		throw new Error(
			'Link previews: resvg found no system font to draw text with. Install one (e.g. fonts-dejavu-core).'
		);
	}
	fontsChecked = true;
}

export function previewPng(content: PictureContent): Buffer {
	const { markup } = composePicture(content, PREVIEW_SIZE);
	return cachedPng(`${RESVG_VERSION} ${PREVIEW_SIZE.width} ${markup}`, () => {
		checkFonts();
		return svgToPng(markup, PREVIEW_SIZE.width);
	});
}

/** A country's card shows its region, widened to the card's shape (card-frame.ts). */
function cardViewBox(iso3: string) {
	const place = getWorldPlaces().get(iso3);
	if (!place) throw new Error(`Link previews: no geometry for ${iso3}`);
	return staticViewBox({ bounds: cardFrame(place.bbox) }, getPictureWorld());
}

/**
 * A view's picture as the downloads draw it, at build time: a layer's (a country's, with
 * `selected`), in a language, framed as the page frames it, with the view's address.
 */
export function viewPreview(
	view: ExplorerView,
	selected: string | null = null,
	locale: Locale = 'en',
	options: { address?: string; viewBox?: ViewBox; shown?: ShownView; world?: SvgWorld } = {}
): PictureContent {
	const { address, viewBox, shown } = options;
	const { dataset, summaries, countryNames } = dataFor(locale);
	return viewPicture({
		view,
		drawn: drawnLayers(dataset, summaries, view, locale),
		summaries,
		countryNames,
		world: options.world ?? getPictureWorld(),
		linePaths: getSvgWorldLinks(),
		places: getWorldPlaces(),
		selected,
		document: dataset.document,
		locale,
		viewBox,
		shown,
		address
	});
}

/** A layer's link preview (a country's, with `selected`), in a language. */
export function layerPreview(
	layer: Layer,
	selected: string | null = null,
	locale: Locale = 'en'
): PictureContent {
	const view = { ...DEFAULT_VIEW, layer };
	const { summaries, countryNames } = dataFor(locale);
	const t = messagesFor(locale);
	const name = selected ? countryNames.get(selected) : undefined;
	const content = viewPreview(view, selected, locale, {
		viewBox: selected ? cardViewBox(selected) : undefined
	});
	if (!selected || !name) return content;
	// A country's preview says, under its name, what the map colours it for.
	const summary = summaries.get(selected)!;
	return {
		...content,
		title: name,
		subtitle: summary.eventCount
			? t.preview.countrySubtitle(
					t.status[summary.status],
					summary.eventCount - summary.undatedCount,
					summary.undatedCount
				)
			: t.layerPage.countryUndated(t.status[summary.status])
	};
}

export function pngResponse(png: Buffer): Response {
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
