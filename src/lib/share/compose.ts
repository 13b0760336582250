/**
 * One picture of a map view as a standalone SVG document: a kicker, a title, the date shown, the
 * map, its legend and the source line. Pure, so the same drawing serves the PNG and SVG downloads
 * in the browser and the link-preview images drawn at build time.
 */
import type { SvgWorld } from '$lib/geo/world';
import { hatchPatternSvg } from '$lib/layers/hatch';
import { BORDER_COLOUR, FOCUS_COLOUR, OCEAN_COLOUR, type LegendEntry } from '$lib/layers/palette';
import { PICTURE_WORDS } from './words';

export interface PictureContent {
	/** The site's name, small above the title. */
	kicker: string;
	title: string;
	/** The date shown (and, for a country, its name). */
	subtitle: string;
	world: SvgWorld;
	colourOf: (iso3: string) => string;
	hatched: readonly string[];
	/** Outlined, as the map outlines the selected country. */
	selected?: string | null;
	/** Markup drawn over the countries in the map's own units (the classroom's country names). */
	overlay?: string;
	legendTitle: string;
	legend: readonly LegendEntry[];
	source: string;
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

/** Words into lines no wider than `width` at `fontSize`, by an estimate of the glyphs' width. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	const perLine = Math.max(8, Math.floor(width / (fontSize * GLYPH_EM)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (next.length > perLine && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
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

	// Legend: a title, then entries in as many columns as let every label wrap to two lines at most.
	const swatch = legendSize * 1.3;
	const labels = content.legend.map(
		(entry) => entry.label + (entry.hatched ? PICTURE_WORDS.hatched : '')
	);
	const textRoom = (columns: number) => inner / columns - swatch - legendSize * 1.8;
	let columns = Math.max(1, Math.min(4, labels.length));
	let wrapped = labels.map((label) => wrapText(label, textRoom(columns), legendSize));
	while (columns > 1 && wrapped.some((lines) => lines.length > 2)) {
		columns -= 1;
		wrapped = labels.map((label) => wrapText(label, textRoom(columns), legendSize));
	}
	const lineHeight = legendSize * 1.2;
	const rowHeights: number[] = [];
	wrapped.forEach((lines, i) => {
		const row = Math.floor(i / columns);
		rowHeights[row] = Math.max(
			rowHeights[row] ?? 0,
			legendSize * 1.6 + (lines.length - 1) * lineHeight
		);
	});
	const legendHeight = legendSize * 1.5 + rowHeights.reduce((sum, h) => sum + h, 0);

	// Footer: the source line.
	const sourceLines = wrapText(content.source, inner, sourceSize);
	const footerHeight = sourceLines.length * sourceSize * 1.3;

	// The map: its own shape at full width, or what a fixed height leaves.
	const gap = pad * 0.5;
	const world = content.world;
	const available =
		size.height === undefined
			? (inner * world.height) / world.width
			: size.height - mapTop - gap - legendHeight - gap - footerHeight - pad;
	const scale = Math.max(0.05, Math.min(inner / world.width, available / world.height));
	const mapWidth = world.width * scale;
	const mapHeight = world.height * scale;
	const mapLeft = pad + (inner - mapWidth) / 2;
	const height =
		size.height ?? Math.ceil(mapTop + mapHeight + gap + legendHeight + gap + footerHeight + pad);

	const hatchedCodes = new Set(content.hatched);
	const countries = world.countries.map(
		(c) =>
			`<path d="${c.d}" fill="${content.colourOf(c.iso3)}"/>` +
			(hatchedCodes.has(c.iso3) ? `<path d="${c.d}" fill="url(#hatch)"/>` : '')
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
			(content.overlay ?? '') +
			`</g></g>`
	);

	// Legend under the map.
	y = mapTop + mapHeight + gap;
	parts.push(
		`<text x="${pad}" y="${r1(y + legendSize)}" font-size="${legendSize}" font-weight="700" fill="#111">${escape(content.legendTitle)}</text>`
	);
	const legendTop = y + legendSize * 1.5;
	content.legend.forEach((entry, i) => {
		const row = Math.floor(i / columns);
		const x = pad + (i % columns) * (inner / columns);
		const rowY = legendTop + rowHeights.slice(0, row).reduce((sum, h) => sum + h, 0);
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
			if (entry.hatched) parts.push(`<rect ${box} fill="url(#hatch)"/>`);
		}
		wrapped[i]!.forEach((line, n) => {
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
		`<defs>${hatchPatternSvg('hatch')}</defs>` +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		parts.join('') +
		`</svg>`;
	return { markup, width, height };
}
