/**
 * A country the teacher clicks on the slide's map: named and outlined until the next click or
 * the next step. A click on the same country again, or on the sea, lets it go.
 */
export function pickAfterClick(picked: string | null, clicked: string | null): string | null {
	return clicked === picked ? null : clicked;
}

/** The countries the slide's map names: the step's own, and the one picked if it is not among them. */
export function namedWithPick(named: readonly string[], picked: string | null): readonly string[] {
	return picked && !named.includes(picked) ? [...named, picked] : named;
}

/** The countries outlined on the slide's map: a revealed answer's and the one picked. */
export function outlinedWithPick(answer: readonly string[], picked: string | null): Set<string> {
	return new Set(picked ? [...answer, picked] : answer);
}
