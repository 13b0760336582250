/**
 * The dataset's fixed words: statuses, forums, kinds, bases. Kept apart from the schema so the
 * pages can use them without loading the validator, which only runs where the site is built.
 */
/**
 * Strongest first, as the introduction grades them: `confirmed` (known to have been abducted),
 * `possible` (may have been, on returned Japanese abductees' testimony), `reported` (said to have
 * been, second-hand, on what South Korean returnees and others have said). `single-case`: the
 * document mentions one citizen possibly abducted, and only through another body's text (the US
 * House resolution), outside the introduction's list.
 */
export const ABDUCTION_STATUSES = [
	'confirmed',
	'possible',
	'reported',
	'single-case',
	'none'
] as const;
/** The statuses the introduction's list of nationalities can give. */
export const LISTED_STATUSES = ['confirmed', 'possible', 'reported'] as const;
export const FORUMS = ['un', 'six-party', 'multilateral', 'bilateral', 'us-congress'] as const;
/** Ongoing engagement may span every forum at once ("every diplomatic opportunity"). */
export const RECURRING_FORUMS = [...FORUMS, 'every-forum'] as const;
export const EVENT_KINDS = [
	'resolution',
	'coi-visit',
	'report',
	'institution',
	'meeting',
	'summit',
	'ministerial',
	'visit',
	'raised-with-dprk',
	'agreement',
	'legislative',
	'speech',
	'raised'
] as const;
/** The kinds an event drawn as a line can have, strongest first (a line shows its strongest). */
export const LINK_KINDS = [
	'summit',
	'ministerial',
	'visit',
	'resolution',
	'legislative',
	'agreement',
	'raised-with-dprk'
] as const;
export const GROUP_KINDS = ['un-body', 'bloc', 'process', 'legislature'] as const;
/** `document`: the text says it; `context`: true, but from outside the document. */
export const BASES = ['document', 'context'] as const;
/** How an event's date is known: stated by the document, or inferred by us from its other dates. */
export const DATE_BASES = ['document', 'inferred'] as const;

export type AbductionStatus = (typeof ABDUCTION_STATUSES)[number];
export type Forum = (typeof FORUMS)[number];
export type RecurringForum = (typeof RECURRING_FORUMS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type Basis = (typeof BASES)[number];
