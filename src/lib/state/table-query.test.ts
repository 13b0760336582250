import { describe, expect, it } from 'vitest';
import { DEFAULT_TABLE_STATE, parseTableState, tableQuery, type TableState } from './table-query';

const parse = (query: string) => parseTableState(new URLSearchParams(query));

describe('parseTableState', () => {
	it('opens on the defaults, with nothing to complain about', () => {
		expect(parse('')).toEqual({ state: DEFAULT_TABLE_STATE, rejected: [] });
		// A map view's parameters are not the table's business.
		expect(parse('layer=forums&until=2010-12')).toEqual({
			state: DEFAULT_TABLE_STATE,
			rejected: []
		});
	});

	it('reads filters and sorts, a leading minus meaning descending', () => {
		expect(parse('abductions=possible&countries=-eventCount&forum=un&events=title').state).toEqual({
			status: 'possible',
			countrySort: { key: 'eventCount', direction: 'descending' },
			forum: 'un',
			eventSort: { key: 'title', direction: 'ascending' }
		});
		expect(parse('events=-date&abductions=single-case').state).toMatchObject({
			status: 'single-case',
			eventSort: { key: 'date', direction: 'descending' }
		});
	});

	it('falls back part by part on values it does not know, and names each one', () => {
		const { state, rejected } = parse(
			'abductions=maybe&countries=--name&forum=un&events=-colour&extra=1'
		);
		// The one good part is kept; the bad ones are defaults.
		expect(state).toEqual({ ...DEFAULT_TABLE_STATE, forum: 'un' });
		expect(rejected).toEqual([
			{ param: 'abductions', value: 'maybe' },
			{ param: 'countries', value: '--name' },
			{ param: 'events', value: '-colour' }
		]);
		// Empty values, other cases and the forums layer's group ids are not table values either.
		expect(parse('forum=&abductions=Possible&events=DATE').rejected).toHaveLength(3);
		expect(parse('forum=g7').rejected).toEqual([{ param: 'forum', value: 'g7' }]);
	});

	it('takes "all" as a filter, as the menus say it', () => {
		expect(parse('abductions=all&forum=all')).toEqual({
			state: DEFAULT_TABLE_STATE,
			rejected: []
		});
	});
});

describe('tableQuery', () => {
	it('leaves out the defaults', () => {
		expect(tableQuery(DEFAULT_TABLE_STATE)).toBe('');
	});

	it('writes what parseTableState reads back', () => {
		const states: TableState[] = [
			{ ...DEFAULT_TABLE_STATE, status: 'none' },
			{ ...DEFAULT_TABLE_STATE, countrySort: { key: 'name', direction: 'descending' } },
			{ ...DEFAULT_TABLE_STATE, countrySort: { key: 'status', direction: 'descending' } },
			{
				...DEFAULT_TABLE_STATE,
				forum: 'six-party',
				eventSort: { key: 'forum', direction: 'ascending' }
			},
			{ ...DEFAULT_TABLE_STATE, eventSort: { key: 'date', direction: 'descending' } }
		];
		for (const state of states) {
			const query = tableQuery(state);
			expect(query).toMatch(/^\?/);
			expect(parseTableState(new URLSearchParams(query.slice(1)))).toEqual({ state, rejected: [] });
		}
		expect(tableQuery(states[4]!)).toBe('?events=-date');
	});
});
