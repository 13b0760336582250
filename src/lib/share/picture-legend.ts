/**
 * A picture's legend: its title, then one line per entry (swatch or line, and its label), in as
 * many columns as keep every label to two lines; last, the selected country's outline.
 */
import { ARROWHEAD_LENGTH, ARROWHEAD_PATH } from '$lib/layers/arrow';
import type { LegendEntry } from '$lib/layers/palette';
import { crossId } from '$lib/layers/hatch';
import { FOCUS_COLOUR } from '$lib/layers/palette';
import { escapeXml, r1 } from './svg-text';
import { wrapText } from './wrap';

export interface LegendBlock {
	title: string[];
	columns: number;
	/** Each entry's label, wrapped to its column. */
	labels: string[][];
	rowHeights: number[];
	width: number;
	height: number;
}

/** An entry of a picture's legend: the layer's, or the selection's outline. */
export type PictureLegendEntry = LegendEntry | { key: 'selected'; label: string; outline: true };

const isOutline = (
	entry: PictureLegendEntry
): entry is Extract<PictureLegendEntry, { outline: true }> => 'outline' in entry;

/** As many columns (up to `maxColumns`) as let every label wrap to two lines at most. */
export function legendBlock(
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

/** The legend's markup, its top left at (left, top). */
export function legendSvg(
	legend: LegendBlock,
	entries: readonly PictureLegendEntry[],
	at: { left: number; top: number; fontSize: number }
): string {
	const { left, fontSize } = at;
	const parts: string[] = [];
	let y = at.top;
	for (const line of legend.title) {
		parts.push(
			`<text x="${r1(left)}" y="${r1(y + fontSize)}" font-size="${fontSize}" font-weight="700" fill="#111">${escapeXml(line)}</text>`
		);
		y += fontSize * 1.25;
	}
	const top = y + fontSize * 0.25;
	const swatch = fontSize * 1.3;
	const lineHeight = fontSize * 1.2;
	entries.forEach((entry, i) => {
		const row = Math.floor(i / legend.columns);
		const x = left + (i % legend.columns) * (legend.width / legend.columns);
		const rowY = top + legend.rowHeights.slice(0, row).reduce((sum, h) => sum + h, 0);
		// The swatch sits beside the label's first line.
		const middle = rowY + fontSize * 0.8;
		const box = `x="${r1(x)}" y="${r1(middle - fontSize * 0.45)}" width="${r1(swatch)}" height="${r1(fontSize * 0.9)}"`;
		const marks: string[] = [];
		if (isOutline(entry)) {
			marks.push(
				`<rect ${box} fill="none" stroke="${FOCUS_COLOUR}" stroke-width="${r1(fontSize / 6)}"/>`
			);
		} else if (entry.line) {
			marks.push(
				`<line x1="${r1(x)}" y1="${r1(middle)}" x2="${r1(x + swatch)}" y2="${r1(middle)}" stroke="${entry.colour}" stroke-width="${r1(fontSize / 5)}"` +
					(entry.line === 'dashed' ? ` stroke-dasharray="${r1(fontSize / 3)}"` : '') +
					'/>'
			);
			// The line's head, as the map draws it, a type size long, its tip at the swatch's end.
			if (entry.line === 'arrow')
				marks.push(
					`<path data-link="${entry.key}" d="${ARROWHEAD_PATH}" transform="translate(${r1(x + swatch - fontSize / 2)} ${r1(middle)}) scale(${r1(fontSize / ARROWHEAD_LENGTH)})" fill="${entry.colour}"/>`
				);
		} else {
			marks.push(`<rect ${box} fill="${entry.colour}" stroke="#888" stroke-width="0.5"/>`);
			if (entry.hatched)
				marks.push(`<rect ${box} fill="url(#${entry.cross ? crossId('hatch') : 'hatch'})"/>`);
		}
		legend.labels[i]!.forEach((line, n) => {
			marks.push(
				`<text x="${r1(x + swatch + fontSize * 0.6)}" y="${r1(middle + fontSize * 0.35 + n * lineHeight)}" font-size="${fontSize}" fill="#111">${escapeXml(line)}</text>`
			);
		});
		parts.push(`<g data-key="${escapeXml(entry.key)}">${marks.join('')}</g>`);
	});
	return `<g id="legend">${parts.join('')}</g>`;
}
