/**
 * What a forum's lede says beyond the group's summary, from the group's own data: which countries
 * on the map the document itself names for the forum, how many are members added as context from
 * outside it, and what the document leaves unsaid about the forum's membership.
 */
import type { ForumCoverage } from './engagement';

/** What the document leaves unsaid: who else sat in the body, or who its members are. */
export type Unsaid = 'others' | 'members' | 'nothing';

export interface ForumLedeParts {
	/** Countries the map colours on the document's word, in the coverage's order. */
	named: string[];
	/** Members the map colours as context (hatched), not named by the document. */
	context: string[];
	unsaid: Unsaid;
}

export function forumLedeParts(coverage: ForumCoverage): ForumLedeParts {
	const basis = coverage.group.membersBasis;
	return {
		named: coverage.members.filter((m) => m.basis === 'document').map((m) => m.iso3),
		context: coverage.members.filter((m) => m.basis === 'context').map((m) => m.iso3),
		// A body whose members the data does not draw (a UN organ): the document names some who
		// took part, never the rest. A bloc whose members are context: the document lists none.
		unsaid: basis === 'none' ? 'others' : basis === 'context' ? 'members' : 'nothing'
	};
}
