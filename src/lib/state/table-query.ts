/**
 * The tables' sort and filters, kept in the address so that a sorted, filtered table can be shared
 * and reopened: `/table?abductions=possible&countries=-eventCount&forum=un&events=-date`.
 *
 * A sort is a column key, with a leading `-` for descending (largest or latest first). What is
 * default is left out of the address. A value the tables do not know (a typo, an old link) is not
 * an error: that part falls back to its default, and `rejected` names it, so the page can say so.
 */
import {
	COUNTRY_COLUMNS,
	DEFAULT_COUNTRY_SORT,
	EVENT_COLUMNS,
	type CountryKey,
	type EventKey,
	type Sort
} from '$lib/data/table';
import type { AbductionStatus, Forum } from '$lib/data/schema';
import { ABDUCTION_STATUSES, FORUMS } from '$lib/data/vocabulary';

export interface TableState {
	status: AbductionStatus | 'all';
	countrySort: Sort<CountryKey>;
	forum: Forum | 'all';
	eventSort: Sort<EventKey>;
}

/** The address's names for each part of the state. */
export const TABLE_PARAMS = {
	status: 'abductions',
	countrySort: 'countries',
	forum: 'forum',
	eventSort: 'events'
} as const satisfies Record<keyof TableState, string>;

export type TableParam = (typeof TABLE_PARAMS)[keyof TableState];

/** Events open in the order a history is read: oldest first. */
export const DEFAULT_EVENT_SORT: Sort<EventKey> = { key: 'date', direction: 'ascending' };

export const DEFAULT_TABLE_STATE: TableState = {
	status: 'all',
	countrySort: DEFAULT_COUNTRY_SORT,
	forum: 'all',
	eventSort: DEFAULT_EVENT_SORT
};

const COUNTRY_KEYS = COUNTRY_COLUMNS.map((c) => c.key);
const EVENT_KEYS = EVENT_COLUMNS.map((c) => c.key);

export interface ParsedTableState {
	state: TableState;
	/** Parameters whose value was not understood and fell back to the default, in address order. */
	rejected: { param: TableParam; value: string }[];
}

function parseSort<K extends string>(value: string, keys: readonly K[]): Sort<K> | undefined {
	const descending = value.startsWith('-');
	const key = descending ? value.slice(1) : value;
	return (keys as readonly string[]).includes(key)
		? { key: key as K, direction: descending ? 'descending' : 'ascending' }
		: undefined;
}

function sortValue<K extends string>(sort: Sort<K>): string {
	return `${sort.direction === 'descending' ? '-' : ''}${sort.key}`;
}

function sameSort<K extends string>(a: Sort<K>, b: Sort<K>): boolean {
	return a.key === b.key && a.direction === b.direction;
}

/** Reads the tables' state from a query; unknown parameters (a map view's `layer`) are ignored. */
export function parseTableState(params: URLSearchParams): ParsedTableState {
	const state: TableState = { ...DEFAULT_TABLE_STATE };
	const rejected: ParsedTableState['rejected'] = [];
	const read = <T>(param: TableParam, parse: (value: string) => T | undefined): T | undefined => {
		const value = params.get(param);
		if (value === null) return undefined;
		const parsed = parse(value);
		if (parsed === undefined) rejected.push({ param, value });
		return parsed;
	};
	const oneOf =
		<T extends string>(values: readonly T[]) =>
		(value: string): T | 'all' | undefined =>
			value === 'all' || (values as readonly string[]).includes(value) ? (value as T) : undefined;

	state.status = read(TABLE_PARAMS.status, oneOf(ABDUCTION_STATUSES)) ?? state.status;
	state.countrySort =
		read(TABLE_PARAMS.countrySort, (v) => parseSort(v, COUNTRY_KEYS)) ?? state.countrySort;
	state.forum = read(TABLE_PARAMS.forum, oneOf(FORUMS)) ?? state.forum;
	state.eventSort =
		read(TABLE_PARAMS.eventSort, (v) => parseSort(v, EVENT_KEYS)) ?? state.eventSort;
	return { state, rejected };
}

/** The query for a state, leaving out what is default: `?forum=un&events=-date`, or ''. */
export function tableQuery(state: TableState): string {
	const params = new URLSearchParams();
	if (state.status !== DEFAULT_TABLE_STATE.status) params.set(TABLE_PARAMS.status, state.status);
	if (!sameSort(state.countrySort, DEFAULT_TABLE_STATE.countrySort))
		params.set(TABLE_PARAMS.countrySort, sortValue(state.countrySort));
	if (state.forum !== DEFAULT_TABLE_STATE.forum) params.set(TABLE_PARAMS.forum, state.forum);
	if (!sameSort(state.eventSort, DEFAULT_TABLE_STATE.eventSort))
		params.set(TABLE_PARAMS.eventSort, sortValue(state.eventSort));
	const query = params.toString();
	return query ? `?${query}` : '';
}
