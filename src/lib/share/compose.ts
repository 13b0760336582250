/**
 * One picture of a map view as a standalone SVG document: a kicker, a title, the date shown, the
 * map, its legend and the source line. Pure, so the same drawing serves the PNG and SVG downloads
 * in the browser and the link-preview images drawn at build time.
 */
import type { SvgWorld } from '$lib/geo/types';
import { crossId, hatchPatternsSvg } from '$lib/layers/hatch';
import { BORDER_COLOUR, FOCUS_COLOUR, OCEAN_COLOUR, type LegendEntry } from '$lib/layers/palette';

export interface PictureContent {
	/** The site's name, small above the title. */
	kicker: string;
	title: string;
	/** The date shown (and, for a country, its name). */
	subtitle: string;
	world: SvgWorld;
	colourOf: (iso3: string) => string;
	hatched: readonly string[];
	/** Of the hatched, those with the second-hand hatch (lines both ways). */
	crossHatched?: readonly string[];
	/** Outlined, as the map outlines the selected country. */
	selected?: string | null;
	/** Lines over the countries, in the map's own units (the engagement layer's). */
	lines?: readonly PictureLine[];
	/** Markup drawn over the countries in the map's own units (the classroom's country names). */
	overlay?: string;
	legendTitle: string;
	legend: readonly LegendEntry[];
	/** After a hatched entry's label, in the picture's language: ' (hatched)', '（斜線）'. */
	hatchedNote: string;
	/** Said after a legend line with the second-hand hatch (lines both ways). */
	crossHatchedNote?: string;
	source: string;
}

export interface PictureLine {
	d: string;
	colour: string;
	dashed: boolean;
}

export interface PictureSize {
	width: number;
	/** Fixed (link previews: 1200x630): the map takes what the words leave. Otherwise the map's own shape decides. */
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

/** A generous average glyph width (em) for wrapping: DejaVu Sans, the widest likely font, averages ~0.55. */
const GLYPH_EM = 0.6;

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Kana, kanji and full-width forms are a whole em wide: worth 1/GLYPH_EM of a Latin glyph. */
const WIDE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const glyphUnits = (text: string) =>
	[...text].reduce((units, c) => units + (WIDE.test(c) ? 1 / GLYPH_EM : 1), 0);

/** Words into lines no wider than `width` at `fontSize`, by an estimate of the glyphs' width. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	const perLine = Math.max(8, Math.floor(width / (fontSize * GLYPH_EM)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (glyphUnits(next) > perLine && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

interface LegendBlock {
	title: string[];
	columns: number;
	/** Each entry's label, wrapped to its column. */
	labels: string[][];
	rowHeights: number[];
	width: number;
	height: number;
}

/** As many columns (up to `maxColumns`) as let every label wrap to two lines at most. */
function legendBlock(
	title: string,
	labels: readonly string[],
	width: number,
	maxColumns: number,
	fontSize: number
): LegendBlock {
	const textRoom = (columns: number) => width / columns - fontSize * 3.1;
	let columns = Math.max(1, Math.min(maxColumns, labels.length));
	let wrapped = labels.map((label) => wrapText(label, textRoom(columns), fontSize));
	while (columns > 1 && wrapped.some((lines) => lines.length > 2)) {
		columns -= 1;
		wrapped = labels.map((label) => wrapText(label, textRoom(columns), fontSize));
	}
	const rowHeights: number[] = [];
	wrapped.forEach((lines, i) => {
		const row = Math.floor(i / columns);
		rowHeights[row] = Math.max(rowHeights[row] ?? 0, fontSize * (1.6 + (lines.length - 1) * 1.2));
	});
	const titleLines = wrapText(title, width, fontSize);
	const height =
		titleLines.length * fontSize * 1.25 +
		fontSize * 0.25 +
		rowHeights.reduce((sum, h) => sum + h, 0);
	return { title: titleLines, columns, labels: wrapped, rowHeights, width, height };
}

export function composePicture(content: PictureContent, size: PictureSize): Picture {
	const width = size.width;
	const pad = Math.round(width * 0.03);
	const inner = width - 2 * pad;
	const kickerSize = r1(width / 60);
	const titleSize = r1(width / 34);
	const subtitleSize = r1(width / 56);
	const legendSize = r1(width / 72);
	const sourceSize = r1(width / 84);
	const parts: string[] = [];

	// Header: kicker, title, subtitle.
	let y = pad;
	const textLine = (text: string, fontSize: number, weight: number, fill: string) => {
		y += fontSize;
		parts.push(
			`<text x="${pad}" y="${r1(y)}" font-size="${fontSize}" font-weight="${weight}" fill="${fill}">${escape(text)}</text>`
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

	const labels = content.legend.map(
		(entry) =>
			entry.label +
			(entry.hatched
				? entry.cross
					? (content.crossHatchedNote ?? content.hatchedNote)
					: content.hatchedNote
				: '')
	);
	const sourceLines = wrapText(content.source, inner, sourceSize);
	const footerHeight = sourceLines.length * sourceSize * 1.3;
	const gap = pad * 0.5;
	const world = content.world;

	// The legend under the map, or (a fixed size with room to spare: link previews) beside it,
	// whichever leaves the map larger.
	const below = legendBlock(content.legendTitle, labels, inner, 4, legendSize);
	let legend = below;
	let legendBeside = false;
	let scale: number;
	if (size.height === undefined) {
		scale = inner / world.width;
	} else {
		const room = size.height - mapTop - gap - footerHeight - pad;
		scale = Math.min(inner / world.width, (room - gap - below.height) / world.height);
		const sideWidth = Math.round(inner * 0.3);
		const side = legendBlock(content.legendTitle, labels, sideWidth, 1, legendSize);
		const sideScale = Math.min((inner - sideWidth - gap) / world.width, room / world.height);
		if (side.height <= room && sideScale > scale) {
			[legend, scale, legendBeside] = [side, sideScale, true];
		}
	}
	scale = Math.max(0.05, scale);
	const mapWidth = world.width * scale;
	const mapHeight = world.height * scale;
	const mapLeft = legendBeside ? pad : pad + (inner - mapWidth) / 2;
	const height =
		size.height ?? Math.ceil(mapTop + mapHeight + gap + legend.height + gap + footerHeight + pad);

	const hatchedCodes = new Set(content.hatched);
	const crossed = new Set(content.crossHatched ?? []);
	const countries = world.countries.map(
		(c) =>
			`<path d="${c.d}" fill="${content.colourOf(c.iso3)}"/>` +
			(hatchedCodes.has(c.iso3)
				? `<path d="${c.d}" fill="url(#${crossed.has(c.iso3) ? crossId('hatch') : 'hatch'})"/>`
				: '')
	);
	const chosen = world.countries.filter((c) => c.iso3 && c.iso3 === content.selected);
	parts.push(
		`<g transform="translate(${r1(mapLeft)} ${r1(mapTop)})">` +
			`<rect width="${r1(mapWidth)}" height="${r1(mapHeight)}" fill="${OCEAN_COLOUR}"/>` +
			`<g transform="scale(${scale.toFixed(4)})">` +
			`<g stroke="${BORDER_COLOUR}" stroke-width="${r1(0.6 / scale) || 0.5}" stroke-linejoin="round">${countries.join('')}</g>` +
			chosen
				.map(
					(c) =>
						`<path d="${c.d}" fill="none" stroke="${FOCUS_COLOUR}" stroke-width="${r1(2.5 / scale)}"/>`
				)
				.join('') +
			(content.lines ?? [])
				.map(
					(line) =>
						`<path d="${line.d}" fill="none" stroke="${line.colour}" stroke-width="${r1(2 / scale)}" stroke-linecap="round"` +
						(line.dashed ? ` stroke-dasharray="${r1(6 / scale)} ${r1(4 / scale)}"` : '') +
						'/>'
				)
				.join('') +
			(content.overlay ?? '') +
			`</g></g>`
	);

	// The legend: its title, then its entries column by column.
	const legendLeft = legendBeside ? width - pad - legend.width : pad;
	y = legendBeside ? mapTop : mapTop + mapHeight + gap;
	for (const line of legend.title) {
		parts.push(
			`<text x="${r1(legendLeft)}" y="${r1(y + legendSize)}" font-size="${legendSize}" font-weight="700" fill="#111">${escape(line)}</text>`
		);
		y += legendSize * 1.25;
	}
	const legendTop = y + legendSize * 0.25;
	const swatch = legendSize * 1.3;
	const lineHeight = legendSize * 1.2;
	content.legend.forEach((entry, i) => {
		const row = Math.floor(i / legend.columns);
		const x = legendLeft + (i % legend.columns) * (legend.width / legend.columns);
		const rowY = legendTop + legend.rowHeights.slice(0, row).reduce((sum, h) => sum + h, 0);
		// The swatch sits beside the label's first line.
		const middle = rowY + legendSize * 0.8;
		if (entry.line) {
			parts.push(
				`<line x1="${r1(x)}" y1="${r1(middle)}" x2="${r1(x + swatch)}" y2="${r1(middle)}" stroke="${entry.colour}" stroke-width="${r1(legendSize / 5)}"` +
					(entry.line === 'dashed' ? ` stroke-dasharray="${r1(legendSize / 3)}"` : '') +
					'/>'
			);
		} else {
			const box = `x="${r1(x)}" y="${r1(middle - legendSize * 0.45)}" width="${r1(swatch)}" height="${r1(legendSize * 0.9)}"`;
			parts.push(`<rect ${box} fill="${entry.colour}" stroke="#888" stroke-width="0.5"/>`);
			if (entry.hatched)
				parts.push(`<rect ${box} fill="url(#${entry.cross ? crossId('hatch') : 'hatch'})"/>`);
		}
		legend.labels[i]!.forEach((line, n) => {
			parts.push(
				`<text x="${r1(x + swatch + legendSize * 0.6)}" y="${r1(middle + legendSize * 0.35 + n * lineHeight)}" font-size="${legendSize}" fill="#111">${escape(line)}</text>`
			);
		});
	});

	// Source line at the foot.
	y = height - pad - footerHeight;
	for (const line of sourceLines) {
		y += sourceSize;
		parts.push(
			`<text x="${pad}" y="${r1(y)}" font-size="${sourceSize}" fill="#333">${escape(line)}</text>`
		);
		y += sourceSize * 0.3;
	}

	const markup =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(PICTURE_FONTS)}">` +
		`<title>${escape(content.title)}</title>` +
		`<defs>${hatchPatternsSvg('hatch')}</defs>` +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		parts.join('') +
		`</svg>`;
	return { markup, width, height };
}
