/**
 * What each coded value in the downloads means, in plain words: the codebook of the Data Package
 * (datapackage.ts). Typed by the vocabulary, so a new status, forum or kind without its meaning
 * is a type error. English, like the column names: the Data Package has one language.
 */
import type { AbductionStatus, Basis, EventKind, Forum } from './vocabulary';

export const STATUS_MEANING: Record<AbductionStatus, string> = {
	confirmed: 'the introduction says nationals of the country were abducted by North Korea',
	possible:
		'the introduction says, on the testimony of returned Japanese abductees and others, that nationals of the country may have been abducted',
	reported:
		'the introduction reports second-hand, on what returnees from South Korea and others said, that nationals of the country are said to have been abducted',
	'single-case':
		"the document mentions one national as possibly abducted, only through another body (the US House resolution), outside the introduction's list",
	none: 'the document names the country without saying its nationals were abducted'
};

export const DATE_BASIS_MEANING: Record<'document' | 'inferred', string> = {
	document: 'the document states the date',
	inferred:
		'the document gives no date; we inferred it from its other dates (date and date_end then bracket it)'
};

export const BASIS_MEANING: Record<Basis, string> = {
	document: 'the document says it',
	context: 'true, but from outside the document (for example where a summit was held)'
};

export const FORUM_MEANING: Record<Forum, string> = {
	un: 'a United Nations body (Human Rights Council, General Assembly, Security Council, OHCHR)',
	'six-party': 'the Six-Party Talks',
	multilateral: 'a meeting of many countries, such as the G7 or the ASEAN-related summits',
	bilateral: 'a meeting between Japan and one country, or in threes',
	'us-congress': 'the US House of Representatives or Senate'
};

export const KIND_MEANING: Record<EventKind, string> = {
	resolution: 'a resolution adopted or put forward',
	'coi-visit': 'the Commission of Inquiry visiting a country',
	report: 'a report published',
	institution: 'an office or post set up',
	meeting: 'a meeting of a body or of talks',
	summit: 'a meeting of heads of state or government',
	ministerial: 'a meeting of ministers',
	visit: "a leader's visit to a country",
	'raised-with-dprk': 'a country raising the abductions with North Korea itself',
	agreement: 'a joint statement or other agreed text',
	legislative: 'a step in a legislature',
	speech: 'a speech',
	raised: 'the issue raised at an occasion the document names'
};

export const SOURCE_MEANING: Record<'photo caption', string> = {
	'photo caption': "the fact comes from a photograph's caption, not the running text"
};

/** `a: meaning; b: meaning`, for a field's description. */
export function meanings(table: Readonly<Record<string, string>>): string {
	return Object.entries(table)
		.map(([value, meaning]) => `${value}: ${meaning}`)
		.join('; ');
}
