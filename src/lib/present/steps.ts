/**
 * The classroom walk: one step per idea of the document, short enough to fit a projector at
 * 1024x768 with its map and legend. Each step has a short title (the header), a headline, a few
 * points in our own words, speaker notes with the section each comes from, and the countries its
 * map colours: exactly those its words name (steps.test.ts checks both ways).
 */

import type { Locale } from '$lib/i18n/locale';
import { STEPS_BEYOND_THE_UN } from './steps-beyond-un';
import { STEPS_JA } from './steps-ja';

/** How a group of countries is drawn on a step's map; see look.ts for the colours. */
export type MarkTone =
	| 'japan'
	| 'abducted'
	| 'possibly-abducted'
	| 'reported'
	| 'named'
	| 'partner'
	| 'context'
	| 'second-context'
	| 'responsible';

export interface StepMark {
	/** The legend's words for this group. */
	label: string;
	tone: MarkTone;
	/** ISO alpha-3 codes, or a group of data/groups.json whose members the mark takes. */
	countries: string[] | { group: string };
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
}

export const STEPS: Step[] = [
	{
		title: 'Who was taken',
		headline: 'Abductions by North Korea reach many countries',
		points: [
			'Japan and South Korea: the document speaks of returned Japanese abductees and of many South Koreans known to have been taken.',
			'Thailand, Romania and Lebanon: Japanese returnees and others have testified that some of their people may have been.',
			'China: Chinese and other nationals are said to have been taken too, on the word of South Korean returnees and others.'
		],
		sections: ['intro'],
		notes: [
			{
				text: 'Japan’s starting point: it must press North Korea itself and also win the backing of other governments, so it brings the issue up at every diplomatic chance.',
				section: 'intro'
			},
			{
				text: 'The certainty differs. Many South Koreans are known to have been abducted; for Thailand, Romania and Lebanon the evidence is what returned Japanese abductees and others said; for China and other nationals it is what is said on the testimony of South Korean returnees and others.',
				section: 'intro'
			},
			{
				text: 'The document calls abduction a universal issue for the international community, because it violates fundamental human rights.',
				section: 'intro'
			}
		],
		mapTitle: 'Whose people were taken, and how sure the document is',
		marks: [
			{ label: 'Abducted (stated)', tone: 'abducted', countries: ['JPN', 'KOR'] },
			{
				label: 'May have been abducted (returnees’ testimony)',
				tone: 'possibly-abducted',
				countries: ['THA', 'ROU', 'LBN']
			},
			{ label: 'Said to have been abducted (second-hand)', tone: 'reported', countries: ['CHN'] },
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: 'The United Nations',
		headline: 'At the UN: resolutions year after year',
		points: [
			'Japan and the EU co-table a resolution on human rights in North Korea at the Human Rights Council and at the General Assembly.',
			'Each body adopts its own resolution. By October 2018 the Council had done so 11 years in a row, the Assembly 13.'
		],
		sections: ['1(a)'],
		notes: [
			{
				text: 'There are two bodies and a separate resolution at each, every year: 11 consecutive adoptions at the Human Rights Council and 13 at the General Assembly, counted as of October 2018.',
				section: '1(a)'
			},
			{
				text: 'The EU’s member states are not listed in the document; the map shows the 28 members of 2018 as context.',
				section: '1(a)'
			}
		],
		mapTitle: 'Who co-tables the resolutions',
		marks: [
			{ label: 'Japan', tone: 'japan', countries: ['JPN'] },
			{
				label: 'EU members in 2018 (context)',
				tone: 'context',
				countries: { group: 'eu' },
				named: 'EU'
			},
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: 'The Commission of Inquiry',
		headline: 'A UN Commission of Inquiry',
		points: [
			'March 2013: the Human Rights Council set up a Commission of Inquiry, by consensus, without a vote.',
			'It looked into human rights in North Korea, the abductions included, with visits to Japan, South Korea, the US, the UK and Thailand.',
			'Its final report came out in February 2014.'
		],
		sections: ['1(b)'],
		notes: [
			{
				text: 'The Commission was created by a Council resolution adopted by consensus at the March 2013 session.',
				section: '1(b)'
			},
			{
				text: 'The document names the five countries visited but gives no dates for the visits.',
				section: '1(b)'
			}
		],
		mapTitle: 'Where the Commission went',
		marks: [
			{
				label: 'Visited by the Commission',
				tone: 'named',
				countries: ['JPN', 'KOR', 'USA', 'GBR', 'THA']
			},
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: 'After the report',
		headline: 'After the report: the strongest resolutions yet',
		points: [
			'March 2014: building on the report, the Council condemned North Korea’s abuses in the strongest terms and recommended that the Security Council consider referring the situation to international criminal justice.',
			'December 2014: the General Assembly, with a record number of co-sponsors, referred to “crimes against humanity” and encouraged the Security Council to consider the International Criminal Court.'
		],
		sections: ['1(c)', '1(d)'],
		notes: [
			{
				text: 'The March 2014 Council resolution passed by an overwhelming majority and was stronger than any before it. It urged North Korea to end all abuses, abductions included, and asked for a structure to follow up the report.',
				section: '1(c)'
			},
			{
				text: 'The December 2014 Assembly resolution, also adopted by an overwhelming majority, condemned systematic, widespread and gross violations and encouraged the Security Council to consider a referral to the International Criminal Court.',
				section: '1(d)'
			}
		],
		mapTitle: 'Whose abuses the resolutions condemn',
		marks: [{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }]
	},
	{
		title: 'UN follow-up',
		headline: 'UN follow-up: Seoul and the Security Council',
		points: [
			'June 2015: the UN human rights office opened a field-based structure in Seoul, South Korea.',
			'2016 to 2018: independent experts on accountability were named, and resolutions sought to strengthen the UN human rights office, Seoul included.',
			'The Security Council took up North Korea’s situation in December 2014 and has met on it for four consecutive years; Japan has urged a swift end to the abductions issue there.'
		],
		sections: ['1(e)', '1(f)'],
		notes: [
			{
				text: 'September 2016: independent experts were appointed to focus on accountability. March 2017: a resolution set out to strengthen the capacity of the UN human rights office (OHCHR), its Seoul structure included; the March 2018 Council resolution urged speeding that up.',
				section: '1(e)'
			},
			{
				text: 'The document counts the four consecutive years of meetings from the Council’s December 2014 discussion, and gives no more detail about them.',
				section: '1(f)'
			}
		],
		mapTitle: 'The countries in this step',
		marks: [
			{ label: 'Host of the UN office in Seoul', tone: 'named', countries: ['KOR'] },
			{ label: 'Japan', tone: 'japan', countries: ['JPN'] },
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	},
	...STEPS_BEYOND_THE_UN
];

const STEPS_BY_LOCALE: Record<Locale, Step[]> = { en: STEPS, ja: STEPS_JA };

/** The walk in a language: the same steps, sections and maps; only the words differ. */
export function stepsFor(locale: Locale): Step[] {
	return STEPS_BY_LOCALE[locale];
}
