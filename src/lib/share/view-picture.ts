/**
 * What a picture of an explorer view says: the layer's title and legend, the date shown, the
 * selected country and the source; and what its file is called.
 */
import type { SvgWorld } from '$lib/geo/types';
import type { LayerLook } from '$lib/layers/looks';
import { linkLines, type LinePath } from '$lib/layers/link-lines';
import type { LegendEntry } from '$lib/layers/palette';
import { formatDate } from '$lib/data/format';
import type { ExplorerView } from '$lib/state/view';
import {
	keepTogether,
	PICTURE_FONTS_FIRST,
	type PictureContent,
	type PictureLine,
	type PicturePlace
} from './compose';
import type { ViewBox } from '$lib/map/camera/view-box';
import type { Box } from '$lib/map/camera/frame';
import type { DrawnLayers } from '$lib/layers/drawn';
import type { CountrySummary } from '$lib/data/join';
import { viewNamed } from './named';
import { pictureViewBox, picturePlaces, type ShownView } from './view-frame';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import type { SourceDocument } from '$lib/data/schema';
import { BUILD_DATE, provenanceLine, provenanceOf } from '$lib/data/provenance';

export type { SourceDocument };

/** Every picture's foot: the source, the data's version, build date and licence, and the credit. */
export function sourceLine(
	document: SourceDocument,
	locale: Locale = 'en',
	buildDate: string = BUILD_DATE,
	address?: string
): string {
	const words = messagesFor(locale).picture;
	// A date never breaks across two lines ("28 December / 2018").
	const line = [document.date, buildDate]
		.filter(Boolean)
		.map((date) => formatDate(date, locale))
		.reduce(
			(text, date) => text.replaceAll(date, keepTogether(date)),
			provenanceLine(provenanceOf(document, buildDate, locale), locale)
		);
	return words.source(line) + (address ? ` ${words.address(address)}` : '');
}

/** The date a view shows: the abductee layer does not change with the timeline. */
export function dateShown(
	view: ExplorerView,
	document: SourceDocument,
	locale: Locale = 'en'
): string {
	const words = messagesFor(locale).picture;
	const date = formatDate(document.date, locale);
	return view.until && view.layer !== 'abductions'
		? words.upTo(formatDate(view.until, locale), date)
		: words.asDocument(date);
}

export function viewPictureContent(args: {
	view: ExplorerView;
	/** The layer as drawn: its colours, hatching and title. */
	look: LayerLook;
	/** Its legend, with the kinds of line when lines are drawn. */
	legend: readonly LegendEntry[];
	lines?: PictureLine[];
	world: SvgWorld;
	selected: string | null;
	selectedName?: string;
	document: SourceDocument;
	locale?: Locale;
	/** The part of the world shown (view-frame.ts); the whole world when absent. */
	viewBox?: ViewBox;
	/** The countries the picture names (named.ts), placed (view-frame.ts). */
	places?: PicturePlace[];
	/** The view's address, for the credit line. */
	address?: string;
}): PictureContent {
	const { view, look, legend, lines, world, selected, selectedName, document } = args;
	const locale = args.locale ?? 'en';
	const t = messagesFor(locale);
	return {
		kicker: t.site.title,
		title: selectedName ? `${selectedName}${t.events.colon} ${look.title}` : look.title,
		subtitle: dateShown(view, document, locale),
		world,
		colourOf: look.colourOf,
		hatched: look.hatched,
		crossHatched: look.crossHatched,
		selected,
		selectedLabel: selected && selectedName ? t.picture.selected(selectedName) : undefined,
		viewBox: args.viewBox,
		places: args.places,
		legendTitle: look.title,
		lines,
		legend,
		hatchedNote: t.picture.hatched,
		fontsFirst: PICTURE_FONTS_FIRST[locale],
		crossHatchedNote: t.picture.crossHatched,
		source: sourceLine(document, locale, BUILD_DATE, args.address)
	};
}

/**
 * Everything a view's picture needs, from what the page has: the layers drawn, the pictures'
 * world and its lines, each country's label point and box, and (in the browser) what the live
 * map last showed. The one recipe for the downloads and the link previews.
 */
export function viewPicture(args: {
	view: ExplorerView;
	drawn: Pick<DrawnLayers, 'look' | 'legend' | 'links' | 'forum'>;
	summaries: ReadonlyMap<string, Pick<CountrySummary, 'status'>>;
	countryNames: ReadonlyMap<string, string>;
	world: SvgWorld;
	linePaths?: Readonly<Record<string, LinePath>>;
	places: ReadonlyMap<string, { label: readonly [number, number]; bbox: Box }>;
	selected: string | null;
	document: SourceDocument;
	locale?: Locale;
	shown?: ShownView | null;
	/** Overrides the frame (link previews frame a country to their card's shape). */
	viewBox?: ViewBox;
	address?: string;
}): PictureContent {
	const { view, drawn, selected } = args;
	const named = viewNamed({
		layer: view.layer,
		selected,
		summaries: args.summaries,
		links: drawn.links,
		forum: drawn.forum
	});
	const labelPoints = new Map([...args.places].map(([iso3, place]) => [iso3, place.label]));
	// The shapes carry Natural Earth's English names: another language's file names the countries
	// its data names, and leaves the rest by their code alone rather than in English.
	const world =
		(args.locale ?? 'en') === 'en'
			? args.world
			: {
					...args.world,
					countries: args.world.countries.map((c) => ({
						...c,
						name: args.countryNames.get(c.iso3) ?? ''
					}))
				};
	return viewPictureContent({
		view,
		look: drawn.look,
		legend: drawn.legend,
		lines: drawn.links && args.linePaths ? linkLines(drawn.links, args.linePaths) : undefined,
		world,
		selected,
		selectedName: selected ? args.countryNames.get(selected) : undefined,
		document: args.document,
		locale: args.locale,
		viewBox:
			args.viewBox ??
			pictureViewBox(args.world, {
				shown: args.shown,
				selectedBox: selected ? args.places.get(selected)?.bbox : undefined
			}),
		places: picturePlaces(named, labelPoints, args.countryNames, args.world),
		address: args.address
	});
}
