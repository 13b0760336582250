/**
 * The classroom walk: one step per idea of the document, short enough to fit a projector at
 * 1024x768 with its map and legend. Each step has a short title (the header), a headline, a few
 * points in our own words, speaker notes with the section each comes from, and the countries its
 * map colours: exactly those its words name (steps.test.ts checks both ways).
 *
 * What is the same in every language is written once here: the steps' order, the sections they
 * cover, the section each speaker note rests on, and each mark's tone and countries. Each language
 * supplies only the words (`$lib/i18n/<locale>/steps.ts`), typed by `WalkWords`, so a step, note or
 * mark missing from a language, or one too many, is a type error.
 */

import type { Locale } from '$lib/i18n/locale';
import { enSteps } from '$lib/i18n/en/steps';
import { catalogOf, type OtherLocale } from '$lib/i18n/catalogs';

/** How a group of countries is drawn on a step's map; see step-look.ts for the colours. */
export type MarkTone =
	| 'japan'
	| 'abducted'
	| 'possibly-abducted'
	| 'reported'
	| 'named'
	| 'subject'
	| 'partner'
	| 'context'
	| 'second-context'
	| 'responsible';

export interface StepMark {
	/** The legend's words for this group. */
	label: string;
	tone: MarkTone;
	/**
	 * ISO alpha-3 codes, or a group of data/groups.json whose members the mark takes; `listed`,
	 * where the step's words name each member (in the legend), so the map names them too.
	 */
	countries: string[] | { group: string; listed?: true };
	/** For a group: the words of the step that name it (e.g. 'G7'), so the map never adds one. */
	named?: string;
}

export interface SpeakerNote {
	text: string;
	/** The section of the document the note rests on. */
	section: string;
}

export interface Step {
	/** Where we are, for the header: "Step 2 of 10 · The United Nations". */
	title: string;
	headline: string;
	points: string[];
	/** Sections of the document the step covers, for the footer's source line. */
	sections: string[];
	/** What the teacher may add, for the presenter view; nothing beyond the document. */
	notes: SpeakerNote[];
	/** The legend's title. */
	mapTitle: string;
	marks: StepMark[];
	/**
	 * Countries too small or crowded at the step's world scale to name legibly (no sea near
	 * enough for a name): the slide names them in an inset of their region.
	 */
	inset?: string[];
}

interface MarkShape {
	readonly tone: MarkTone;
	readonly countries: readonly string[] | { readonly group: string; readonly listed?: true };
}

interface StepShape {
	readonly id: string;
	readonly sections: readonly string[];
	/** The section of each speaker note, in order. */
	readonly noteSections: readonly string[];
	readonly marks: readonly MarkShape[];
	readonly inset?: readonly string[];
}

/** The walk in every language: step by step, the sections, notes' sections and marks. */
const WALK = [
	{
		id: 'taken',
		sections: ['intro'],
		noteSections: ['intro', 'intro', 'intro'],
		marks: [
			{ tone: 'abducted', countries: ['JPN', 'KOR'] },
			{ tone: 'possibly-abducted', countries: ['THA', 'ROU', 'LBN'] },
			{ tone: 'reported', countries: ['CHN'] },
			{ tone: 'responsible', countries: ['PRK'] }
		],
		// Between the Black Sea and the Mediterranean, at a map of Europe to Japan, neither name
		// finds open sea within a short leader.
		inset: ['ROU', 'LBN']
	},
	{
		id: 'un',
		sections: ['1(a)'],
		noteSections: ['1(a)', '1(a)'],
		marks: [
			{ tone: 'japan', countries: ['JPN'] },
			{ tone: 'context', countries: { group: 'eu' } },
			{ tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		id: 'inquiry',
		sections: ['1(b)'],
		noteSections: ['1(b)', '1(b)'],
		marks: [
			{ tone: 'named', countries: ['JPN', 'KOR', 'USA', 'GBR', 'THA'] },
			{ tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		id: 'after-report',
		sections: ['1(c)', '1(d)'],
		noteSections: ['1(c)', '1(d)'],
		marks: [{ tone: 'responsible', countries: ['PRK'] }]
	},
	{
		id: 'un-follow-up',
		sections: ['1(e)', '1(f)'],
		noteSections: ['1(e)', '1(f)'],
		marks: [
			{ tone: 'named', countries: ['KOR'] },
			{ tone: 'japan', countries: ['JPN'] },
			{ tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		id: 'six-party',
		sections: ['2'],
		noteSections: ['2', '2', '2'],
		marks: [
			{ tone: 'japan', countries: ['JPN'] },
			{ tone: 'responsible', countries: ['PRK'] },
			// The legend names the other parties, which the document does not list (context).
			{ tone: 'context', countries: { group: 'six-party', listed: true } }
		]
	},
	{
		id: 'summits',
		sections: ['3'],
		noteSections: ['3', '3'],
		marks: [
			{ tone: 'japan', countries: ['JPN'] },
			{ tone: 'context', countries: { group: 'g7' } },
			{ tone: 'second-context', countries: { group: 'asean' } }
		]
	},
	{
		id: 'us',
		sections: ['4'],
		noteSections: ['4', '4'],
		marks: [
			{ tone: 'japan', countries: ['JPN'] },
			// The headline's subject, drawn stronger than the partners named beside it.
			{ tone: 'subject', countries: ['USA'] },
			{ tone: 'named', countries: ['KOR', 'CHN', 'RUS'] },
			{ tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		id: 'neighbours',
		sections: ['4'],
		noteSections: ['4', '4'],
		marks: [
			{ tone: 'japan', countries: ['JPN'] },
			{ tone: 'named', countries: ['KOR', 'CHN', 'RUS'] },
			{ tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		id: 'us-congress',
		sections: ['us-congress'],
		noteSections: ['us-congress', 'us-congress'],
		marks: [
			{ tone: 'named', countries: ['USA'] },
			{ tone: 'japan', countries: ['JPN'] },
			{ tone: 'partner', countries: ['CHN', 'KOR'] },
			{ tone: 'responsible', countries: ['PRK'] }
		]
	}
] as const satisfies readonly StepShape[];

type Shape = (typeof WALK)[number];

/** A mark's words: its legend label, and for a group also the step's words that name it. */
type MarkWords<M> = M extends { countries: { group: string } }
	? { label: string; named: string }
	: string;

/** One string per item of a tuple, keeping its length. */
type Texts<T extends readonly unknown[]> = { [K in keyof T]: string };
type MarksWords<T extends readonly MarkShape[]> = { [K in keyof T]: MarkWords<T[K]> };

/** What a language writes for one step: the text of exactly its notes and marks. */
interface StepWords<S extends Shape> {
	title: string;
	headline: string;
	points: readonly string[];
	notes: Texts<S['noteSections']>;
	mapTitle: string;
	marks: MarksWords<S['marks']>;
}

/** A language's words for the whole walk, step by step id. */
export type WalkWords = { [S in Shape as S['id']]: StepWords<S> };

function join(words: WalkWords): Step[] {
	return WALK.map((shape): Step => {
		const text: StepWords<Shape> = words[shape.id];
		return {
			title: text.title,
			headline: text.headline,
			points: [...text.points],
			sections: [...shape.sections],
			notes: shape.noteSections.map((section, i) => ({ text: text.notes[i]!, section })),
			mapTitle: text.mapTitle,
			...('inset' in shape && shape.inset ? { inset: [...shape.inset] } : {}),
			marks: shape.marks.map((mark, i): StepMark => {
				const label: string | { label: string; named: string } = text.marks[i]!;
				const countries = 'group' in mark.countries ? { ...mark.countries } : [...mark.countries];
				return typeof label === 'string'
					? { label, tone: mark.tone, countries }
					: { label: label.label, tone: mark.tone, countries, named: label.named };
			})
		};
	});
}

/** The walk in English. */
export const STEPS: Step[] = join(enSteps);

const joined = new Map<OtherLocale, Step[]>();

/** The walk in a language (once its catalog is loaded): the same steps, sections and maps; only the words differ. */
export function stepsFor(locale: Locale): Step[] {
	if (locale === 'en') return STEPS;
	let steps = joined.get(locale);
	if (!steps) {
		steps = join(catalogOf(locale).walk);
		joined.set(locale, steps);
	}
	return steps;
}
