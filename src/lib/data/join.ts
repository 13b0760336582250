/** Pure joins of the dataset: what each country's panel, tooltip and download row shows. */
import type { AbductionStatus, Country, Dataset, DocEvent, Group, Recurring } from './schema';
import { memberAt } from './membership';
import { ABDUCTION_STATUSES } from './vocabulary';

export interface GroupMembership {
	group: Group;
	/** Whether the document itself places the country in the group, or we add it as context. */
	basis: 'document' | 'context';
	/**
	 * A member, a country a UN body visited (listedRole), a country taking part without being a
	 * member, or the host of the body's office.
	 */
	role: 'member' | 'visited' | 'participant' | 'host';
}

/**
 * How a country a group lists stands to it, by the group's kind: a UN body lists the countries it
 * visited (the Commission of Inquiry's), never members; a bloc, a process or a legislature lists
 * its members. The one rule for "belongs to" against "visited by".
 */
export function listedRole(group: Pick<Group, 'kind'>): 'member' | 'visited' {
	return group.kind === 'un-body' ? 'visited' : 'member';
}

export interface CountryProfile {
	country: Country;
	status: AbductionStatus;
	/** Events that name the country, in date order. */
	events: DocEvent[];
	/**
	 * Events of groups the country belongs to (or UN bodies that visited it) that neither name it
	 * nor were held there, in date order.
	 */
	groupEvents: DocEvent[];
	/** How the country stands to the groups behind groupEvents: member, visited, or both. */
	groupEventRoles: ('member' | 'visited')[];
	/** Events held in the country where it is not itself a party (e.g. a summit venue). */
	hostedEvents: DocEvent[];
	recurring: Recurring[];
	memberships: GroupMembership[];
	/** Countries that share an event with this one, by name. */
	related: Country[];
}

/** What the statuses read of a country: its status, and the dated event it rests on, if any. */
export interface AbductionOf {
	abduction?: { status: AbductionStatus; event?: string };
}

export function abductionStatus(country: AbductionOf): AbductionStatus {
	return country.abduction?.status ?? 'none';
}

/**
 * A country's status at the timeline's date, given the ids of the events that had happened by
 * then (null: the whole document). A status the document rests on a dated event (the United
 * States', on the House resolution of September 2016) holds only once that event has happened;
 * one the introduction states holds at every date, for the document does not date it.
 */
export function statusAt(
	country: AbductionOf,
	happened: ReadonlySet<string> | null
): AbductionStatus {
	const basis = country.abduction?.event;
	return happened && basis && !happened.has(basis) ? 'none' : abductionStatus(country);
}

/**
 * The summaries at the timeline's date, given the events that had happened by then (null: the
 * whole document): each status as statusAt has it, and each count of only those events.
 */
export function summariesAt(
	countries: readonly Country[],
	summaries: ReadonlyMap<string, CountrySummary>,
	happened: readonly DocEvent[] | null
): ReadonlyMap<string, CountrySummary> {
	if (!happened) return summaries;
	const ids = new Set(happened.map((event) => event.id));
	const counts = eventCountsOf(happened);
	const at = new Map(summaries);
	for (const c of countries) {
		const summary = summaries.get(c.iso3);
		if (!summary) continue;
		at.set(c.iso3, {
			...summary,
			status: statusAt(c, ids),
			eventCount: counts.get(c.iso3)?.total ?? 0,
			undatedCount: counts.get(c.iso3)?.undated ?? 0
		});
	}
	return at;
}

/**
 * The countries whose nationals the document names, most certain first and, within a tier, in the
 * document's order (the dataset's): one order in every language, as the map's keyboard walk has.
 */
export function abducteesInOrder<C extends Country>(countries: readonly C[]): C[] {
	const rank = (c: Country) => ABDUCTION_STATUSES.indexOf(abductionStatus(c) as never);
	return countries.filter((c) => c.abduction).sort((a, b) => rank(a) - rank(b));
}

/** Sorts by date, then id, so equal months have a stable order. */
export function byDate<T extends { date: string; id: string }>(a: T, b: T): number {
	return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id);
}

export function profileOf(dataset: Dataset, iso3: string): CountryProfile | undefined {
	const country = dataset.countries.find((c) => c.iso3 === iso3);
	if (!country) return undefined;
	const memberships: GroupMembership[] = dataset.groups.flatMap((group): GroupMembership[] => {
		if (group.members.includes(iso3))
			return [
				{
					group,
					basis: group.membersBasis === 'document' ? 'document' : 'context',
					role: listedRole(group)
				}
			];
		if (group.participants?.includes(iso3))
			return [{ group, basis: 'document', role: 'participant' }];
		if (group.host?.iso3 === iso3) return [{ group, basis: group.host.basis, role: 'host' }];
		return [];
	});
	// A host or a participant does not belong to the group: its events are not the country's; nor
	// are a group's events from before the country joined or after it left.
	const listedIn = memberships.filter((m) => m.role === 'member' || m.role === 'visited');
	const memberOf = new Set(listedIn.map((m) => m.group.id));
	const memberThen = (e: DocEvent) =>
		dataset.groups.some(
			(g) => e.groups.includes(g.id) && memberOf.has(g.id) && memberAt(g, iso3, e.date.slice(0, 7))
		);
	const events = dataset.events.filter((e) => e.countries.includes(iso3)).sort(byDate);
	const named = new Set(events.map((e) => e.id));
	const hostedEvents = dataset.events
		.filter((e) => e.venue?.iso3 === iso3 && !named.has(e.id))
		.sort(byDate);
	// Each event is listed once per page: one a member hosted (the G7 in Canada) is under "held in".
	const hosted = new Set(hostedEvents.map((e) => e.id));
	const groupEvents = dataset.events
		.filter((e) => !named.has(e.id) && !hosted.has(e.id) && memberThen(e))
		.sort(byDate);
	const groupEventRoles = [
		...new Set(
			listedIn
				.filter((m) => groupEvents.some((e) => e.groups.includes(m.group.id)))
				.map((m) => m.role as 'member' | 'visited')
		)
	].sort();
	const relatedCodes = new Set(events.flatMap((e) => e.countries));
	relatedCodes.delete(iso3);
	const related = dataset.countries
		.filter((c) => relatedCodes.has(c.iso3))
		.sort((a, b) => a.name.localeCompare(b.name));
	return {
		country,
		status: abductionStatus(country),
		events,
		groupEvents,
		groupEventRoles,
		hostedEvents,
		recurring: dataset.recurring.filter((r) => r.countries.includes(iso3)),
		memberships,
		related
	};
}

/** Per country code: what a tooltip or the choropleth needs, without building whole profiles. */
export interface CountrySummary {
	iso3: string;
	name: string;
	status: AbductionStatus;
	/** Events naming the country, dated or not. */
	eventCount: number;
	/** Of those, the ones the document does not date (`dateBasis: inferred`). */
	undatedCount: number;
}

/** How many of `events` name each country, and of those how many the document does not date. */
function eventCountsOf(
	events: readonly DocEvent[]
): Map<string, { total: number; undated: number }> {
	const counts = new Map<string, { total: number; undated: number }>();
	for (const event of events) {
		for (const code of event.countries) {
			const count = counts.get(code) ?? { total: 0, undated: 0 };
			count.total += 1;
			if (event.dateBasis === 'inferred') count.undated += 1;
			counts.set(code, count);
		}
	}
	return counts;
}

export function countrySummaries(dataset: Dataset): Map<string, CountrySummary> {
	const counts = eventCountsOf(dataset.events);
	return new Map(
		dataset.countries.map((c) => [
			c.iso3,
			{
				iso3: c.iso3,
				name: c.name,
				status: abductionStatus(c),
				eventCount: counts.get(c.iso3)?.total ?? 0,
				undatedCount: counts.get(c.iso3)?.undated ?? 0
			}
		])
	);
}

/** Dataset countries that no geometry carries: must be empty, or a country cannot be drawn. */
export function countriesWithoutGeometry(
	dataset: Dataset,
	geometryIso3: Iterable<string>
): string[] {
	const drawn = new Set(geometryIso3);
	return dataset.countries.map((c) => c.iso3).filter((code) => !drawn.has(code));
}

export function countryPath(iso3: string): string {
	return `/country/${iso3.toLowerCase()}`;
}
