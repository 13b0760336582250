/**
 * One picture of a map view as a standalone SVG document: a kicker, a title, the date shown, the
 * map (picture-map.ts), its legend (picture-legend.ts) and the source and credit line. Pure, so
 * the same drawing serves the PNG and SVG downloads in the browser and the link-preview images
 * drawn at build time. Every part is a named group, so the file is a working file, not a print.
 */
import { hatchPatternsSvg } from '$lib/layers/hatch';
import type { LegendEntry } from '$lib/layers/palette';
import { labelWithNote } from '$lib/layers/legend-note';
import { legendBlock, legendSvg, type PictureLegendEntry } from './picture-legend';
import { mapBox, pictureMapSvg, type PictureMapContent } from './picture-map';
import { escapeXml, r1 } from './svg-text';
import { wrapText } from './wrap';
import type { Locale } from '$lib/i18n/locale';

export type { PictureLine, PicturePlace } from './picture-map';
export { keepTogether, wrapText } from './wrap';

export interface PictureContent extends PictureMapContent {
	/** The site's name, small above the title. */
	kicker: string;
	title: string;
	/** The date shown (and, for a country, its name). */
	subtitle: string;
	legendTitle: string;
	legend: readonly LegendEntry[];
	/** The legend's line for the outlined country: "Lebanon (outlined)". */
	selectedLabel?: string;
	/** After a hatched entry's label, in the picture's language: ' (hatched)', '（斜線）'. */
	hatchedNote: string;
	/** Said after a legend line with the second-hand hatch (lines both ways). */
	crossHatchedNote?: string;
	/** The source, version, licence and credit (provenanceLine), and the view's address. */
	source: string;
	/** Fonts to try before PICTURE_FONTS, for the picture's language (PICTURE_FONTS_FIRST). */
	fontsFirst?: string;
}

export interface PictureSize {
	width: number;
	/** Fixed (link previews 1200x630, slides 960x540): the map takes what the words leave. Otherwise the map's own shape decides. */
	height?: number;
}

export interface Picture {
	markup: string;
	width: number;
	height: number;
}

/**
 * System fonts only: the browser and resvg each take the first they have (Debian: DejaVu Sans;
 * the Noto CJK fonts for Japanese).
 */
export const PICTURE_FONTS =
	"system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', 'Liberation Sans', 'Noto Sans CJK JP', sans-serif";

export function composePicture(content: PictureContent, size: PictureSize): Picture {
	const width = size.width;
	const pad = Math.round(width * 0.03);
	const inner = width - 2 * pad;
	const kickerSize = r1(width / 60);
	const titleSize = r1(width / 34);
	const subtitleSize = r1(width / 56);
	const legendSize = r1(width / 72);
	const sourceSize = r1(width / 84);
	const header: string[] = [];

	// Header: kicker, title, subtitle.
	let y = pad;
	const textLine = (text: string, fontSize: number, weight: number, fill: string) => {
		y += fontSize;
		header.push(
			`<text x="${pad}" y="${r1(y)}" font-size="${fontSize}" font-weight="${weight}" fill="${fill}">${escapeXml(text)}</text>`
		);
		y += fontSize * 0.3;
	};
	textLine(content.kicker, kickerSize, 400, '#444');
	y += kickerSize * 0.2;
	for (const line of wrapText(content.title, inner, titleSize))
		textLine(line, titleSize, 700, '#111');
	y += subtitleSize * 0.1;
	for (const line of wrapText(content.subtitle, inner, subtitleSize))
		textLine(line, subtitleSize, 400, '#333');
	const mapTop = y + pad * 0.5;

	const entries: PictureLegendEntry[] = [...content.legend];
	if (content.selectedLabel)
		entries.push({ key: 'selected', label: content.selectedLabel, outline: true });
	const labels = entries.map((entry) =>
		'hatched' in entry && entry.hatched
			? labelWithNote(
					entry.label,
					entry.cross ? (content.crossHatchedNote ?? content.hatchedNote) : content.hatchedNote
				)
			: entry.label
	);
	const sourceLines = wrapText(content.source, inner, sourceSize);
	const footerHeight = sourceLines.length * sourceSize * 1.3;
	const gap = pad * 0.5;
	const [, , shownWidth, shownHeight] = mapBox(content);

	// The legend under the map, or (a fixed size with room to spare: previews, slides) beside
	// it, whichever leaves the map larger.
	const below = legendBlock(content.legendTitle, labels, inner, 4, legendSize);
	let legend = below;
	let legendBeside = false;
	let scale: number;
	if (size.height === undefined) {
		scale = inner / shownWidth;
	} else {
		const room = size.height - mapTop - gap - footerHeight - pad;
		scale = Math.min(inner / shownWidth, (room - gap - below.height) / shownHeight);
		const sideWidth = Math.round(inner * 0.3);
		const side = legendBlock(content.legendTitle, labels, sideWidth, 1, legendSize);
		const sideScale = Math.min((inner - sideWidth - gap) / shownWidth, room / shownHeight);
		if (side.height <= room && sideScale > scale) {
			[legend, scale, legendBeside] = [side, sideScale, true];
		}
	}
	scale = Math.max(0.05, scale);
	const mapWidth = shownWidth * scale;
	const mapHeight = shownHeight * scale;
	const mapLeft = legendBeside ? pad : pad + (inner - mapWidth) / 2;
	const height =
		size.height ?? Math.ceil(mapTop + mapHeight + gap + legend.height + gap + footerHeight + pad);

	const map = pictureMapSvg(content, {
		left: mapLeft,
		top: mapTop,
		width: mapWidth,
		height: mapHeight,
		fontSize: r1(legendSize * 0.95)
	});
	const legendMarkup = legendSvg(legend, entries, {
		left: legendBeside ? width - pad - legend.width : pad,
		top: legendBeside ? mapTop : mapTop + mapHeight + gap,
		fontSize: legendSize
	});

	// Source and credit at the foot.
	y = height - pad - footerHeight;
	const source = sourceLines.map((line) => {
		y += sourceSize;
		const text = `<text x="${pad}" y="${r1(y)}" font-size="${sourceSize}" fill="#333">${escapeXml(line)}</text>`;
		y += sourceSize * 0.3;
		return text;
	});

	const markup =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml((content.fontsFirst ?? '') + PICTURE_FONTS)}">` +
		`<title>${escapeXml(content.title)}</title>` +
		`<defs>${hatchPatternsSvg('hatch')}</defs>` +
		`<rect id="background" width="${width}" height="${height}" fill="#ffffff"/>` +
		`<g id="header">${header.join('')}</g>` +
		map +
		legendMarkup +
		`<g id="source">${source.join('')}</g>` +
		`</svg>`;
	return { markup, width, height };
}

/**
 * Fonts a picture in a language tries before PICTURE_FONTS. Korean names Hangul fonts of its own:
 * resvg shapes Hangul in the Noto CJK fonts some ten times slower than in NanumGothic, which made
 * the Korean link previews' build minutes long; Japanese keeps the Noto CJK fonts, whose kana and
 * kanji are drawn as Japanese readers expect.
 */
export const PICTURE_FONTS_FIRST: Record<Locale, string> = {
	en: '',
	ja: '',
	ko: "NanumGothic, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', "
};
