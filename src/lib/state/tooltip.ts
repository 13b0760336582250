/**
 * What a country's tooltip says on each layer, in plain words. On the forums layer it says what the
 * document names a country for in that forum (who tabled, who was visited, who took part), and for
 * every other country only that the document names no one else: never that a country took no part.
 */
import type { CountrySummary } from '$lib/data/join';
import type { DocEvent, EventKind } from '$lib/data/schema';
import type { Engagement, ForumCoverage } from '$lib/data/engagement';
import { JAPAN, NORTH_KOREA } from '$lib/data/engagement';
import { KIND_LABEL } from '$lib/data/format';
import { STATUS_LABEL } from '$lib/map/palette';
import type { Layer } from './view';

export const RESPONSIBLE_LINE = 'The state responsible for the abductions';
export const NOT_NAMED_LINE = 'The document names no other countries for this forum';
export const CONTEXT_MEMBER_LINE = 'A member in 2018 (context, not in the document)';

/** A country's part in an event of a forum, as the event's kind tells it. */
const ROLE: Partial<Record<EventKind, string>> = {
	'coi-visit': 'Visited by the Commission of Inquiry',
	resolution: 'A resolution concerns it',
	institution: 'The UN office is set up there',
	report: 'Named in its report',
	legislative: 'Named in the Congress resolution',
	speech: 'Spoke there',
	'raised-with-dprk': 'Raised the issue with North Korea'
};
const TOOK_PART = 'Took part';

function roleIn(event: DocEvent, iso3: string): string {
	// The document has Japan co-table these resolutions with the EU (section 1(a)).
	if (event.kind === 'resolution' && iso3 === JAPAN && event.groups.includes('eu'))
		return 'Co-tabled the resolutions, with the EU';
	return ROLE[event.kind] ?? TOOK_PART;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function forumLines(forum: ForumCoverage, iso3: string): string[] {
	const responsible = iso3 === NORTH_KOREA ? [RESPONSIBLE_LINE] : [];
	const named = forum.events.filter((e) => e.countries.includes(iso3));
	if (named.length) {
		const roles = [...new Set(named.map((e) => roleIn(e, iso3)))];
		return [...responsible, ...roles, `Named in ${plural(named.length, 'dated event')} here`];
	}
	const member = forum.members.find((m) => m.iso3 === iso3);
	if (member?.basis === 'context') return [...responsible, CONTEXT_MEMBER_LINE];
	if (member) return [...responsible, 'Named by the document'];
	return responsible.length ? responsible : [NOT_NAMED_LINE];
}

export interface TooltipInputs {
	layer: Layer;
	summary: CountrySummary;
	engagement: ReadonlyMap<string, Engagement>;
	forum: ForumCoverage | undefined;
}

export function countryLines(iso3: string, inputs: TooltipInputs): string[] {
	const { layer, summary, engagement, forum } = inputs;
	if (layer === 'forums' && forum) return forumLines(forum, iso3);
	const responsible = iso3 === NORTH_KOREA ? [RESPONSIBLE_LINE] : [];
	if (layer === 'engagement') {
		const e = engagement.get(iso3);
		if (!e) return [...responsible, 'No dated event names it'];
		const kinds = Object.entries(e.byKind).map(
			([kind, n]) => `${KIND_LABEL[kind as EventKind]}: ${n}`
		);
		return [...responsible, plural(e.total, 'dated event'), ...kinds];
	}
	const status = responsible.length ? responsible : [STATUS_LABEL[summary.status]];
	return [...status, plural(summary.eventCount, 'dated event')];
}
