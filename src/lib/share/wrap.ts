/** Words into lines for the pictures, by an estimate of the glyphs' width (type has no measure here). */

/** A generous average glyph width (em): DejaVu Sans, the widest likely font, averages ~0.55. */
export const GLYPH_EM = 0.6;

/**
 * Kana, kanji, Hangul (syllables and jamo) and full-width forms are a whole em wide: worth
 * 1/GLYPH_EM of a Latin glyph.
 */
const WIDE =
	/[\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u9fff\ua960-\ua97f\uac00-\ud7ff\uff00-\uffef]/;
export const glyphUnits = (text: string) =>
	[...text].reduce((units, c) => units + (WIDE.test(c) ? 1 / GLYPH_EM : 1), 0);

/** Words that must stay on one line (a date: "28 December 2018"), joined by no-break spaces. */
export function keepTogether(text: string): string {
	return text.replace(/ +/g, '\u00a0');
}

/** Closing brackets and marks that never start a line (Japanese line-breaking rules). */
const NO_START = /^[)）」』、。・ー]/;

/**
 * A word too long for a line, written without spaces (Japanese), in pieces that fit: it may break
 * between any two characters, but not before a closing bracket or mark.
 */
function pieces(word: string, perLine: number): string[] {
	if (glyphUnits(word) <= perLine || !WIDE.test(word)) return [word];
	const out: string[] = [];
	let piece = '';
	for (const c of word) {
		if (glyphUnits(piece + c) > perLine && piece && !NO_START.test(c)) {
			out.push(piece);
			piece = c;
		} else piece += c;
	}
	if (piece) out.push(piece);
	return out;
}

/**
 * Words into lines no wider than `width` at `fontSize`. Only ordinary spaces break a line: a
 * no-break space (inside a date, see keepTogether) holds.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	const perLine = Math.max(8, Math.floor(width / (fontSize * GLYPH_EM)));
	const lines: string[] = [];
	let line = '';
	const words = text
		.split(/[ \t\n\r]+/)
		.filter(Boolean)
		.flatMap((word) => pieces(word, perLine));
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (glyphUnits(next) > perLine && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}
