/**
 * Engagement, as the map's second and third layers draw it: how many dated events name each
 * country, by kind; lines from the country that acted to the countries it concerned; and which
 * countries a forum covers. All filtered by a date, so the timeline can replay the document.
 */
import type { Dataset, DocEvent, EventKind, Group } from './schema';
import { LINK_KINDS, type Basis } from './vocabulary';
import { byDate } from './join';
import { memberAt } from './membership';

export const JAPAN = 'JPN';
export const NORTH_KOREA = 'PRK';

/** The document gives no date for the event: ours is a span inferred from its other dates. */
export function isUndated(event: Pick<DocEvent, 'dateBasis'>): boolean {
	return event.dateBasis === 'inferred';
}

/**
 * The month from which an event counts as having happened: its own month, or, for an event the
 * document does not date, the end of the span it must lie in. Before then it may or may not
 * have happened, and the timeline does not show it as done.
 */
export function happenedBy(event: Pick<DocEvent, 'date' | 'dateEnd' | 'dateBasis'>): string {
	return (isUndated(event) ? (event.dateEnd ?? event.date) : event.date).slice(0, 7);
}

/** Events that had happened by `until` (a `YYYY-MM` month, inclusive); all of them when null. */
export function eventsUntil(events: readonly DocEvent[], until: string | null): DocEvent[] {
	if (!until) return [...events];
	return events.filter((e) => happenedBy(e) <= until);
}

/** The timeline's stops: each month from which some event counts as having happened. */
export function timelineMonths(events: readonly DocEvent[]): string[] {
	return [...new Set(events.map(happenedBy))].sort();
}

/** The spans of the events the document does not date, for the timeline to draw as spans. */
export function undatedSpans(events: readonly DocEvent[]): { from: string; to: string }[] {
	return events
		.filter(isUndated)
		.map((e) => ({ from: e.date.slice(0, 7), to: (e.dateEnd ?? e.date).slice(0, 7) }));
}

export interface Engagement {
	iso3: string;
	/** Every event naming the country, dated or not. */
	total: number;
	/** Of those, the ones the document does not date (counted once their span has passed). */
	undated: number;
	byKind: Partial<Record<EventKind, number>>;
}

/** How many events name each country (how many of them undated), and of which kinds. */
export function engagementByCountry(events: readonly DocEvent[]): Map<string, Engagement> {
	const result = new Map<string, Engagement>();
	for (const event of events) {
		for (const iso3 of event.countries) {
			const entry = result.get(iso3) ?? { iso3, total: 0, undated: 0, byKind: {} };
			entry.total += 1;
			if (isUndated(event)) entry.undated += 1;
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

/**
 * Whether one side alone acted in all of a link's events: its line then runs from that side, and
 * has a head (layers/arrow.ts); both sides acting joins them with no direction.
 */
export function isOneWay(link: Pick<Link, 'actedBy'>): boolean {
	return link.actedBy.length === 1;
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

export { memberAt };

/**
 * A forum's countries at a month (the document's date when null): its members at that month
 * where the data lists them (those the document itself lists only once its events up to that
 * month, or its undated records, name them: the Commission of Inquiry's visits are not drawn
 * before March 2013; members added as context are not dated by the document); then every country the document names for the forum, in its events
 * up to that month or in its undated records, so none it names is left uncoloured (a member it
 * names is a member on its word, not only as context); then the countries that take part without
 * being members, and the country hosting its office.
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
	const undated = dataset.recurring.filter((r) => r.groups.includes(groupId));
	const named = new Set([...forumEvents, ...undated].flatMap((e) => e.countries));
	const members: ForumCoverage['members'] =
		group.membersBasis === 'none'
			? []
			: group.members
					.filter((iso3) => memberAt(group, iso3, month))
					.filter((iso3) => group.membersBasis !== 'document' || named.has(iso3))
					.map((iso3) => ({
						iso3,
						basis: named.has(iso3) ? 'document' : (group.membersBasis as Basis),
						role: 'member'
					}));
	const participants = new Set(group.participants ?? []);
	for (const iso3 of [...named].sort())
		if (!members.some((m) => m.iso3 === iso3) && !participants.has(iso3))
			members.push({ iso3, basis: 'document', role: 'named' });
	for (const iso3 of participants)
		if (!members.some((m) => m.iso3 === iso3))
			members.push({ iso3, basis: 'document', role: 'participant' });
	const host = group.host;
	if (host && (!host.from || host.from <= month)) {
		const i = members.findIndex((m) => m.iso3 === host.iso3);
		if (i >= 0) members.splice(i, 1);
		members.push({ iso3: host.iso3, basis: host.basis, role: 'host' });
	}
	return { group, members, events: forumEvents };
}
