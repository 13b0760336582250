/**
 * The student's map: the countries chosen, and once checked, each one right, wrong or missed.
 * Colour is never the only cue: a missed country is hatched, and the list beside the map says
 * each mark in words (and in a symbol).
 */
import { matchByCode, type LayerLook } from '$lib/layers/looks';
import { BLUES, statusColour, type LegendEntry } from '$lib/layers/palette';
import type { Graded, Mark } from './grade';

export const CHOSEN_COLOUR = BLUES[1];
export const MARK_COLOUR: Record<Mark, string> = {
	right: '#1a9850',
	wrong: '#d73027',
	missed: '#fdae61'
};

const OTHER = statusColour('none');

export interface AnswerLookWords {
	title: string;
	chosen: string;
	mark: Record<Mark, string>;
}

export function answerLook(
	chosen: ReadonlySet<string>,
	graded: Graded | null,
	words: AnswerLookWords
): LayerLook {
	const colours = new Map<string, string>();
	if (graded) for (const [code, mark] of graded.marks) colours.set(code, MARK_COLOUR[mark]);
	else for (const code of chosen) colours.set(code, CHOSEN_COLOUR);
	const missed = graded
		? [...graded.marks].filter(([, mark]) => mark === 'missed').map(([code]) => code)
		: [];
	const legend: LegendEntry[] = graded
		? (['right', 'wrong', 'missed'] as const)
				.filter((mark) => [...graded.marks.values()].includes(mark))
				.map((mark) => ({
					key: mark,
					label: words.mark[mark],
					colour: MARK_COLOUR[mark],
					hatched: mark === 'missed'
				}))
		: [{ key: 'chosen', label: words.chosen, colour: CHOSEN_COLOUR, hatched: false }];
	return {
		title: words.title,
		fill: matchByCode(colours, OTHER),
		colourOf: (iso3) => colours.get(iso3) ?? OTHER,
		hatched: missed.sort(),
		crossHatched: [],
		legend
	};
}
