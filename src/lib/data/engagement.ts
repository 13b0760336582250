/**
 * Engagement, as the map's second and third layers draw it: how many dated events name each
 * country, by kind; lines from the country that acted to the countries it concerned; and which
 * countries a forum covers. All filtered by a date, so the timeline can replay the document.
 */
import type { Dataset, DocEvent, EventKind, Group } from './schema';
import { LINK_KINDS, type Basis } from './vocabulary';
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

export { LINK_KINDS };
export type LinkKind = (typeof LINK_KINDS)[number];

export interface Link {
	/** The acting country of the link's strongest event. */
	from: string;
	to: string;
	kind: LinkKind;
	events: DocEvent[];
	/** The ends of the line that acted in one of its events: one end, or both. */
	actedBy: string[];
}

/** Validation ensures an event that draws a line has a link kind; the fallback only satisfies types. */
function linkKind(event: DocEvent): LinkKind {
	return (LINK_KINDS as readonly string[]).includes(event.kind)
		? (event.kind as LinkKind)
		: 'agreement';
}

/** The countries that acted in an event (its other actors are groups, which have no place). */
export function actingCountries(event: DocEvent): string[] {
	return event.actors.filter((actor) => event.countries.includes(actor));
}

/**
 * Lines from each country that acted in an event to each country it concerned; where the event
 * is a country raising the issue with North Korea, to North Korea alone. Events a body acted in
 * (the Commission's visits, a Council's resolution) draw no line: a body has no place on the map.
 * One line per pair of countries, whichever of the two acted, listing all its events.
 */
export function linksOf(events: readonly DocEvent[]): Link[] {
	const links = new Map<string, Link>();
	const add = (from: string, to: string, kind: LinkKind, event: DocEvent) => {
		const key = [from, to].sort().join('-');
		const link = links.get(key) ?? { from, to, kind, events: [], actedBy: [] };
		if (!link.events.includes(event)) link.events.push(event);
		if (!link.actedBy.includes(from)) link.actedBy.push(from);
		if (LINK_KINDS.indexOf(kind) < LINK_KINDS.indexOf(link.kind))
			Object.assign(link, { from, to, kind });
		links.set(key, link);
	};
	for (const event of [...events].sort(byDate)) {
		const actors = actingCountries(event);
		for (const actor of actors) {
			if (event.kind === 'raised-with-dprk') {
				if (actor !== NORTH_KOREA) add(actor, NORTH_KOREA, 'raised-with-dprk', event);
				continue;
			}
			for (const iso3 of event.countries)
				if (!actors.includes(iso3)) add(actor, iso3, linkKind(event), event);
		}
	}
	return [...links.values()];
}

/** How a country stands to a forum. */
export type ForumRole = 'member' | 'participant' | 'host' | 'named';

export interface ForumCoverage {
	group: Group;
	/**
	 * Countries drawn for the forum, each with its role and whether the document itself says so or
	 * we add it as context.
	 */
	members: { iso3: string; basis: 'document' | 'context'; role: ForumRole }[];
	events: DocEvent[];
}

/** Whether a member belonged at `month` (YYYY-MM), given the spans of those who joined or left. */
export function memberAt(group: Group, iso3: string, month: string): boolean {
	const span = group.memberSpans?.find((s) => s.iso3 === iso3);
	if (!span) return group.members.includes(iso3);
	return (!span.from || span.from <= month) && (!span.until || span.until >= month);
}

/**
 * A forum's countries at a month (the document's date when null): its members where the data
 * lists them, otherwise (UN bodies) the countries its events name, which the document states;
 * then the countries that take part without being members, and the country hosting its office.
 */
export function forumCoverage(
	dataset: Dataset,
	groupId: string,
	events: readonly DocEvent[],
	until: string | null = null
): ForumCoverage | undefined {
	const group = dataset.groups.find((g) => g.id === groupId);
	if (!group) return undefined;
	const month = until ?? dataset.document.date.slice(0, 7);
	const forumEvents = events.filter((e) => e.groups.includes(groupId)).sort(byDate);
	const members: ForumCoverage['members'] =
		group.membersBasis === 'none'
			? [...new Set(forumEvents.flatMap((e) => e.countries))]
					.sort()
					.map((iso3) => ({ iso3, basis: 'document', role: 'named' }))
			: group.members
					.filter((iso3) => memberAt(group, iso3, month))
					.map((iso3) => ({ iso3, basis: group.membersBasis as Basis, role: 'member' }));
	const drawn = new Set(members.map((m) => m.iso3));
	for (const iso3 of group.participants ?? [])
		if (!drawn.has(iso3)) members.push({ iso3, basis: 'document', role: 'participant' });
	const host = group.host;
	if (host && (!host.from || host.from <= month)) {
		const i = members.findIndex((m) => m.iso3 === host.iso3);
		if (i >= 0) members.splice(i, 1);
		members.push({ iso3: host.iso3, basis: host.basis, role: 'host' });
	}
	return { group, members, events: forumEvents };
}
