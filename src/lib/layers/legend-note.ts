/**
 * A legend entry's label with the note a hatched entry carries (" (hatched)", "（斜線）"), one rule
 * for the screen's legend and the pictures': where the label already ends in a bracketed note of
 * its own, the two share one bracket, "(context, hatched)", never "(context) (hatched)".
 */

/** The label and the note as they are written, the label first: the note's part can be set apart. */
export function labelAndNote(label: string, note: string): [string, string] {
	const own = label.match(/^(.*)(\)|）)$/s);
	const added = note.trim().match(/^(\(|（)(.*)(\)|）)$/s);
	if (!own || !added || (own[2] === ')') !== (added[1] === '(')) return [label, note];
	return [own[1]!, `${own[2] === ')' ? ', ' : '、'}${added[2]}${own[2]}`];
}

/** The label and its note as one text. */
export function labelWithNote(label: string, note: string): string {
	return labelAndNote(label, note).join('');
}
