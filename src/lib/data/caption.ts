/**
 * The map's answer in words: the nationalities the document names as abductees, grouped by how
 * certain it is, strongest first. The groups come from the data's statuses, so a new or renamed
 * status shows up here without a change.
 */
import { statusAt, type AbductionOf } from './join';
import { ABDUCTION_STATUSES, type AbductionStatus } from './vocabulary';

interface NamedCountry extends AbductionOf {
	iso3: string;
	name: string;
}

export interface CaptionGroup {
	status: AbductionStatus;
	/**
	 * The document's countries of this status; at a timeline's date, one whose status rests on a
	 * later event is not `shown` yet, as the map leaves it uncoloured (statusAt). The caption keeps
	 * its place, unseen, so the words (and the map under them) do not move as the date moves.
	 */
	countries: { iso3: string; name: string; shown: boolean }[];
}

/**
 * Statuses in the vocabulary's order (most certain first); countries in the data's order: every
 * country the whole document names, each `shown` if its status holds given the events that had
 * happened by the timeline's date.
 */
export function nationalityGroups(
	countries: readonly NamedCountry[],
	happened: ReadonlySet<string> | null = null
): CaptionGroup[] {
	return ABDUCTION_STATUSES.map((status) => ({
		status,
		countries: countries
			.filter((c) => c.abduction && status !== 'none' && statusAt(c, null) === status)
			.map((c) => ({ iso3: c.iso3, name: c.name, shown: statusAt(c, happened) === status }))
	})).filter((group) => group.countries.length > 0);
}

/** The groups at a timeline's date, given the events that had happened by then (null: the whole document). */
export function nationalityGroupsAfter(
	countries: readonly NamedCountry[],
	happened: readonly { id: string }[] | null
): CaptionGroup[] {
	return nationalityGroups(countries, happened && new Set(happened.map((event) => event.id)));
}

/** The caption's words for its first sentence, from the page's catalog. */
export interface LeadWords {
	lead: (n: number) => string;
	leadUntil: (n: number, date: string) => string;
}

/**
 * The answer's first sentence: how many countries the groups name, said of the whole document,
 * or (at a timeline's date, as the reader reads it) of what the map shows up to then.
 */
export function answerLead(words: LeadWords, groups: readonly CaptionGroup[], until?: string) {
	const count = groups.reduce((n, group) => n + group.countries.filter((c) => c.shown).length, 0);
	return until ? words.leadUntil(count, until) : words.lead(count);
}
