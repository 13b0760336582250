/**
 * Japan's engagement, as the map's second and third layers draw it: per-country counts by kind,
 * the lines between countries, and which countries a forum covers. All filtered by a date, so the
 * timeline can replay the document.
 */
import type { Dataset, DocEvent, EventKind, Group } from './schema';
import { byDate } from './join';

export const JAPAN = 'JPN';
export const NORTH_KOREA = 'PRK';

/** Events that had happened by `until` (a `YYYY-MM` month, inclusive); all of them when null. */
export function eventsUntil(events: readonly DocEvent[], until: string | null): DocEvent[] {
	if (!until) return [...events];
	return events.filter((e) => e.date.slice(0, 7) <= until);
}

export interface Engagement {
	iso3: string;
	total: number;
	byKind: Partial<Record<EventKind, number>>;
}

/** How many dated events name each country, and of which kinds. */
export function engagementByCountry(events: readonly DocEvent[]): Map<string, Engagement> {
	const result = new Map<string, Engagement>();
	for (const event of events) {
		for (const iso3 of event.countries) {
			const entry = result.get(iso3) ?? { iso3, total: 0, byKind: {} };
			entry.total += 1;
			entry.byKind[event.kind] = (entry.byKind[event.kind] ?? 0) + 1;
			result.set(iso3, entry);
		}
	}
	return result;
}

/** The kinds a link can have, strongest first: a line takes the strongest kind among its events. */
export const LINK_KINDS = [
	'summit',
	'ministerial',
	'coi-visit',
	'resolution',
	'legislative',
	'agreement',
	'raised-with-dprk'
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface Link {
	from: string;
	to: string;
	kind: LinkKind;
	events: DocEvent[];
}

function linkKind(event: DocEvent): LinkKind {
	return (LINK_KINDS as readonly string[]).includes(event.kind)
		? (event.kind as LinkKind)
		: 'resolution';
}

/**
 * Lines from Japan to each country it met or acted with, and from a country to North Korea where
 * the document says that country raised the issue with North Korea.
 */
export function linksOf(events: readonly DocEvent[]): Link[] {
	const links = new Map<string, Link>();
	const add = (from: string, to: string, kind: LinkKind, event: DocEvent) => {
		const key = `${from}-${to}`;
		const link = links.get(key) ?? { from, to, kind, events: [] };
		link.events.push(event);
		if (LINK_KINDS.indexOf(kind) < LINK_KINDS.indexOf(link.kind)) link.kind = kind;
		links.set(key, link);
	};
	for (const event of [...events].sort(byDate)) {
		if (event.kind === 'raised-with-dprk') {
			for (const iso3 of event.countries) {
				if (iso3 !== NORTH_KOREA && iso3 !== JAPAN)
					add(iso3, NORTH_KOREA, 'raised-with-dprk', event);
			}
		} else if (event.countries.includes(JAPAN)) {
			for (const iso3 of event.countries)
				if (iso3 !== JAPAN) add(JAPAN, iso3, linkKind(event), event);
		}
	}
	return [...links.values()];
}

export interface ForumCoverage {
	group: Group;
	/** Members, each with whether the document itself names them or we add them as context. */
	members: { iso3: string; basis: 'document' | 'context' }[];
	events: DocEvent[];
}

/**
 * A forum's countries: its members where the data lists them, otherwise (UN bodies) the countries
 * its events name, which the document states.
 */
export function forumCoverage(
	dataset: Dataset,
	groupId: string,
	events: readonly DocEvent[]
): ForumCoverage | undefined {
	const group = dataset.groups.find((g) => g.id === groupId);
	if (!group) return undefined;
	const forumEvents = events.filter((e) => e.groups.includes(groupId)).sort(byDate);
	const members: ForumCoverage['members'] =
		group.membersBasis === 'none'
			? [...new Set(forumEvents.flatMap((e) => e.countries))]
					.sort()
					.map((iso3) => ({ iso3, basis: 'document' }))
			: group.members.map((iso3) => ({
					iso3,
					basis: group.membersBasis === 'document' ? 'document' : 'context'
				}));
	return { group, members, events: forumEvents };
}
