/**
 * What a picture of an explorer view says: the layer's title and legend, the date shown, the
 * selected country and the source; and what its file is called.
 */
import type { SvgWorld } from '$lib/geo/types';
import type { Link } from '$lib/data/engagement';
import { LINK_COLOUR, type LayerLook } from '$lib/layers/looks';
import type { LegendEntry } from '$lib/layers/palette';
import { formatDate } from '$lib/data/format';
import { DEFAULT_VIEW, type ExplorerView } from '$lib/state/view';
import type { PictureContent, PictureLine } from './compose';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import type { SourceDocument } from '$lib/data/schema';
import { BUILD_DATE, provenanceLine, provenanceOf } from '$lib/data/provenance';

export type { SourceDocument };

export const FILE_PREFIX = 'abductions';

/** Every picture's foot: the source, the data's version, build date and licence, and the credit. */
export function sourceLine(
	document: SourceDocument,
	locale: Locale = 'en',
	buildDate: string = BUILD_DATE
): string {
	return messagesFor(locale).picture.source(
		provenanceLine(provenanceOf(document, buildDate, locale), locale)
	);
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

/** A line's name in the pictures' table of lines: the pair's codes, sorted. */
export function linkKey(link: Pick<Link, 'from' | 'to'>): string {
	return [link.from, link.to].sort().join('-');
}

/** The engagement layer's lines, coloured and dashed as on the map, from the table of paths. */
export function pictureLines(
	links: readonly Link[],
	paths: Readonly<Record<string, string>>
): PictureLine[] {
	return links.flatMap((link) => {
		const d = paths[linkKey(link)];
		return d
			? [{ d, colour: LINK_COLOUR[link.kind], dashed: link.kind === 'raised-with-dprk' }]
			: [];
	});
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
		legendTitle: look.title,
		lines,
		legend,
		hatchedNote: t.picture.hatched,
		crossHatchedNote: t.picture.crossHatched,
		source: sourceLine(document, locale)
	};
}

/**
 * A download's name after its view: `abductions-engagement-2018-06.png`, `abductions-kor.svg`,
 * `abductions-forums-g7.png`; the default world view is `abductions.png`.
 */
export function viewFileName(
	view: ExplorerView,
	selected: string | null,
	extension: 'png' | 'svg'
): string {
	const parts = [FILE_PREFIX];
	if (selected) parts.push(selected.toLowerCase());
	if (view.layer !== DEFAULT_VIEW.layer) parts.push(view.layer);
	if (view.layer === 'forums') parts.push(view.forum);
	if (view.until && view.layer !== 'abductions') parts.push(view.until);
	return `${parts.join('-').replace(/[^a-z0-9-]+/gi, '-')}.${extension}`;
}

export function stepFileName(step: number, extension: 'png' | 'svg'): string {
	return `${FILE_PREFIX}-step-${step}.${extension}`;
}
