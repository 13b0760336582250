/**
 * The lesson's questions, one or two per classroom step, as data. What is the same in every
 * language is written once here: the step each question belongs to, whether it is open or asks
 * for countries on the map, the sections its answer rests on, and for a map question where its
 * answer comes from in the dataset. The words (question and answer) are in each language's
 * catalog (`$lib/i18n/<locale>/lesson.ts`), keyed by the question's id.
 *
 * A map question's answer is never typed by hand: it is read from the dataset (a group's members,
 * the countries of an event, the countries in one tier of certainty), so a change to the data
 * changes the answer, and questions.test.ts checks each one against the document.
 */
import type { AbductionStatus, Dataset } from '$lib/data/schema';
import type { enLesson } from '$lib/i18n/en/lesson';

/** Where a map question's answer set comes from in the dataset. */
export type AnswerSource =
	/** A group's members (data/groups.json). */
	| { from: 'group'; group: string }
	/** The country that hosts a body's office. */
	| { from: 'host'; group: string }
	/** The countries the document places in one tier of certainty. */
	| { from: 'abduction'; status: AbductionStatus }
	/** The countries of one event, less those the question itself names. */
	| { from: 'event'; event: string; besides?: readonly string[] }
	/**
	 * The countries of the events of a section and forum that include `with`, less those the
	 * question names: Japan's partners across a section.
	 */
	| {
			from: 'events';
			section: string;
			forum: string;
			with: string;
			besides: readonly string[];
	  };

export type QuestionId = keyof (typeof enLesson)['questions'];

interface QuestionShape {
	readonly id: QuestionId;
	/** The step's number in the walk (1-based). */
	readonly step: number;
	/** The document's sections the answer rests on. */
	readonly sections: readonly string[];
	/** For a map question: where its answer comes from. Open questions have none. */
	readonly source?: AnswerSource;
}

export const QUESTIONS = [
	{
		id: 'taken-testimony',
		step: 1,
		sections: ['intro'],
		source: { from: 'abduction', status: 'possible' }
	},
	{ id: 'taken-china', step: 1, sections: ['intro'] },
	{ id: 'un-cotable', step: 2, sections: ['1(a)'] },
	{ id: 'inquiry-visits', step: 3, sections: ['1(b)'], source: { from: 'group', group: 'coi' } },
	{ id: 'inquiry-dates', step: 3, sections: ['1(b)'] },
	{ id: 'after-report-referral', step: 4, sections: ['1(c)', '1(d)'] },
	{ id: 'follow-up-seoul', step: 5, sections: ['1(e)'], source: { from: 'host', group: 'ohchr' } },
	{ id: 'follow-up-council', step: 5, sections: ['1(f)'] },
	{
		id: 'six-party-normalise',
		step: 6,
		sections: ['2'],
		source: { from: 'event', event: 'six-party-outcome-2007-10' }
	},
	{ id: 'six-party-concern', step: 6, sections: ['2'] },
	{ id: 'summits-g7', step: 7, sections: ['3'], source: { from: 'group', group: 'g7' } },
	{ id: 'summits-charlevoix', step: 7, sections: ['3'] },
	{
		id: 'us-partners',
		step: 8,
		sections: ['4'],
		source: {
			from: 'events',
			section: '4',
			forum: 'bilateral',
			with: 'JPN',
			besides: ['JPN', 'PRK']
		}
	},
	{ id: 'us-trump', step: 8, sections: ['4'] },
	{
		id: 'neighbours-trilateral',
		step: 9,
		sections: ['4'],
		source: { from: 'event', event: 'japan-china-rok-summit-2018-05', besides: ['JPN'] }
	},
	{ id: 'neighbours-first', step: 9, sections: ['4'] },
	{
		id: 'congress-coordinate',
		step: 10,
		sections: ['us-congress'],
		source: { from: 'event', event: 'us-house-resolution-2016-09', besides: ['USA'] }
	},
	{ id: 'congress-certainty', step: 10, sections: ['us-congress'] }
] as const satisfies readonly QuestionShape[];

export type Question = QuestionShape;

/** The questions of one step, in order. */
export function questionsOf(step: number): Question[] {
	return QUESTIONS.filter((q) => q.step === step);
}

/** The step's first question that asks for countries on the map, if it has one. */
export function mapQuestionOf(step: number): Question | undefined {
	return questionsOf(step).find((q) => q.source);
}

export function questionById(id: string): Question | undefined {
	return QUESTIONS.find((q) => q.id === id);
}

/** Why a country is in the answer: a record of the dataset, its words and its section. */
export interface AnswerReason {
	text: string;
	section: string;
	/** The record's countries are context, not listed by the document (the G7's members). */
	context: boolean;
}

export interface MapAnswer {
	/** The answer's countries, sorted by code. */
	countries: string[];
	/** Why each one is in it. */
	reasons: Map<string, AnswerReason>;
}

function fail(source: AnswerSource, what: string): never {
	throw new Error(`lesson question's answer (${JSON.stringify(source)}): ${what}`);
}

/** A map question's answer, read from the dataset (in the page's language, for the reasons). */
export function mapAnswer(source: AnswerSource, dataset: Dataset): MapAnswer {
	const reasons = new Map<string, AnswerReason>();
	const add = (codes: readonly string[], reason: AnswerReason) => {
		for (const code of codes) if (!reasons.has(code)) reasons.set(code, reason);
	};
	if (source.from === 'group' || source.from === 'host') {
		const group = dataset.groups.find((g) => g.id === source.group);
		if (!group) fail(source, 'no such group');
		const reason = {
			text: group.summary,
			section: group.section,
			context: source.from === 'group' && group.membersBasis === 'context'
		};
		if (source.from === 'host') {
			if (!group.host) fail(source, 'the group has no host');
			add([group.host.iso3], { ...reason, context: group.host.basis === 'context' });
		} else add(group.members, reason);
	} else if (source.from === 'abduction') {
		for (const country of dataset.countries)
			if (country.abduction?.status === source.status)
				add([country.iso3], {
					text: country.abduction.basis,
					section: country.abduction.section,
					context: false
				});
	} else {
		const events =
			source.from === 'event'
				? dataset.events.filter((e) => e.id === source.event)
				: dataset.events.filter(
						(e) =>
							e.section === source.section &&
							e.forum === source.forum &&
							e.countries.includes(source.with)
					);
		if (events.length === 0) fail(source, 'no such event');
		for (const event of events)
			add(
				event.countries.filter((code) => !source.besides?.includes(code)),
				{ text: event.summary, section: event.section, context: false }
			);
	}
	if (reasons.size === 0) fail(source, 'the answer is empty');
	return { countries: [...reasons.keys()].sort(), reasons };
}
