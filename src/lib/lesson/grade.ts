/**
 * A student's answer to a map question, checked against the document's: each country chosen is
 * right or wrong, each one of the answer not chosen is missed. Nothing is sent anywhere: the
 * page checks it on the phone.
 */
export type Mark = 'right' | 'wrong' | 'missed';

export interface Graded {
	/** Every country the check speaks of, with its mark: the answer's first, then the wrong ones. */
	marks: Map<string, Mark>;
	right: number;
	/** The answer's size: "3 of 5". */
	total: number;
	wrong: number;
}

export function grade(chosen: Iterable<string>, answer: readonly string[]): Graded {
	const picked = new Set(chosen);
	const marks = new Map<string, Mark>();
	for (const code of answer) marks.set(code, picked.has(code) ? 'right' : 'missed');
	for (const code of [...picked].sort()) if (!marks.has(code)) marks.set(code, 'wrong');
	const count = (mark: Mark) => [...marks.values()].filter((m) => m === mark).length;
	return { marks, right: count('right'), total: answer.length, wrong: count('wrong') };
}

/** Adds a country to the chosen set, or takes it out: a tap on the map or in the list. */
export function toggle(chosen: ReadonlySet<string>, code: string): Set<string> {
	const next = new Set(chosen);
	if (next.has(code)) next.delete(code);
	else next.add(code);
	return next;
}
