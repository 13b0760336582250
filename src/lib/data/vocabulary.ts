/**
 * The dataset's fixed words: statuses, forums, kinds, bases. Kept apart from the schema so the
 * pages can use them without loading the validator, which only runs where the site is built.
 */
export const ABDUCTION_STATUSES = ['confirmed', 'possible', 'none'] as const;
export const FORUMS = ['un', 'six-party', 'multilateral', 'bilateral', 'us-congress'] as const;
export const EVENT_KINDS = [
	'resolution',
	'coi-visit',
	'report',
	'institution',
	'meeting',
	'summit',
	'ministerial',
	'raised-with-dprk',
	'agreement',
	'legislative',
	'speech',
	'raised'
] as const;
export const GROUP_KINDS = ['un-body', 'bloc', 'process', 'legislature'] as const;
/** `document`: the text says it; `context`: true, but from outside the document. */
export const BASES = ['document', 'context'] as const;

export type AbductionStatus = (typeof ABDUCTION_STATUSES)[number];
export type Forum = (typeof FORUMS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
