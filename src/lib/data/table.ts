/** Sorting and filtering for the table view: pure, so the page only lays out and wires. */
import type { AbductionStatus, DocEvent, Forum, Group } from './schema';
import { ABDUCTION_STATUSES } from './vocabulary';
import type { CountrySummary } from './join';
import { NORTH_KOREA } from './engagement';

export type SortDirection = 'ascending' | 'descending';
export interface Sort<K extends string> {
	key: K;
	direction: SortDirection;
}

export type CountryKey = 'name' | 'status' | 'eventCount';
export type EventKey = 'date' | 'title' | 'forum';

/** The sortable columns of each table, in order; their headers are in the messages (table.column). */
export const COUNTRY_COLUMNS: readonly { key: CountryKey }[] = [
	{ key: 'name' },
	{ key: 'status' },
	{ key: 'eventCount' }
];
export const EVENT_COLUMNS: readonly { key: EventKey }[] = [
	{ key: 'date' },
	{ key: 'title' },
	{ key: 'forum' }
];

const STATUS_ORDER = Object.fromEntries(ABDUCTION_STATUSES.map((s, i) => [s, i])) as Record<
	AbductionStatus,
	number
>;

function compare(a: string | number, b: string | number): number {
	return typeof a === 'number' && typeof b === 'number'
		? a - b
		: String(a).localeCompare(String(b));
}

function sorted<T, K extends string>(
	rows: readonly T[],
	sort: Sort<K>,
	value: (row: T, key: K) => string | number,
	tiebreak: (row: T) => string
): T[] {
	const sign = sort.direction === 'ascending' ? 1 : -1;
	return [...rows].sort(
		(a, b) =>
			sign * compare(value(a, sort.key), value(b, sort.key)) ||
			tiebreak(a).localeCompare(tiebreak(b))
	);
}

/** What the countries' sort and filter read of a row (a summary, or a row of the page's table). */
export type CountryRowFields = Pick<CountrySummary, 'name' | 'status' | 'eventCount'>;
/** What the events' sort and filter read of a row. */
export type EventRowFields = Pick<DocEvent, 'id' | 'date' | 'title' | 'forum'>;

export function countryRows<Row extends CountryRowFields>(
	rows: readonly Row[],
	status: AbductionStatus | 'all',
	sort: Sort<CountryKey>
): Row[] {
	const kept = status === 'all' ? rows : rows.filter((r) => r.status === status);
	return sorted(
		kept,
		sort,
		(r, key) => (key === 'status' ? STATUS_ORDER[r.status] : r[key]),
		(r) => r.name
	);
}

export function eventRows<Row extends EventRowFields>(
	rows: readonly Row[],
	forum: Forum | 'all',
	sort: Sort<EventKey>
): Row[] {
	const kept = forum === 'all' ? rows : rows.filter((e) => e.forum === forum);
	return sorted(
		kept,
		sort,
		(e, key) => e[key],
		(e) => e.id
	);
}

/** Columns of counts: a first click shows the largest first, as a reader asking "who most?" wants. */
const NUMBER_KEYS: ReadonlySet<string> = new Set<CountryKey>(['eventCount']);

/** The countries table opens with the abductee nationalities, most certain first. */
export const DEFAULT_COUNTRY_SORT: Sort<CountryKey> = { key: 'status', direction: 'ascending' };

/** Clicking a column: sort by it (numbers largest first), or flip the direction if it is already the sort. */
export function toggleSort<K extends string>(current: Sort<K>, key: K): Sort<K> {
	if (current.key !== key)
		return { key, direction: NUMBER_KEYS.has(key) ? 'descending' : 'ascending' };
	return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** What a column's header says of the sort: `aria-sort`, and the arrow a sighted reader sees. */
export function sortIndicator<K extends string>(
	sort: Sort<K>,
	key: K
): { ariaSort: SortDirection | 'none'; arrow: string } {
	if (sort.key !== key) return { ariaSort: 'none', arrow: '↕' };
	return { ariaSort: sort.direction, arrow: sort.direction === 'ascending' ? '▲' : '▼' };
}

/**
 * What a country's abductions cell says: its status, or for North Korea that it is the state
 * responsible (as the map's tooltip and legend say), never "no abductions named".
 */
export function statusLabelKey(row: {
	iso3: string;
	status: AbductionStatus;
}): AbductionStatus | 'responsible' {
	return row.iso3 === NORTH_KOREA ? 'responsible' : row.status;
}

/**
 * Why the countries' table lists each country, as counts: whose nationals the document says were,
 * or may have been, abducted; the others an event names; and those in it only as members of a
 * group (the groups, in the dataset's order, and whether their membership is context).
 */
export interface CountriesListed {
	abducted: number;
	named: number;
	membersOnly: number;
	groups: Group[];
	groupsAreContext: boolean;
}

export function countriesListed(
	summaries: readonly CountrySummary[],
	groups: readonly Group[]
): CountriesListed {
	const abducted = summaries.filter((s) => s.status !== 'none');
	const named = summaries.filter((s) => s.status === 'none' && s.eventCount > 0);
	const membersOnly = summaries.filter((s) => s.status === 'none' && s.eventCount === 0);
	const holding = groups.filter((g) => membersOnly.some((s) => g.members.includes(s.iso3)));
	return {
		abducted: abducted.length,
		named: named.length,
		membersOnly: membersOnly.length,
		groups: holding,
		groupsAreContext: holding.every((g) => g.membersBasis === 'context')
	};
}

/**
 * The groups a country is listed for when the table holds it only as their member (no abduction,
 * no event naming it), where that membership is context: so its row says why it is there, and
 * that the reason comes from outside the document. Empty for every other country.
 */
export function contextGroupsOf(summary: CountrySummary, groups: readonly Group[]): Group[] {
	if (summary.status !== 'none' || summary.eventCount > 0) return [];
	return groups.filter((g) => g.membersBasis === 'context' && g.members.includes(summary.iso3));
}
