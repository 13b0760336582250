import { enPlain } from '$lib/i18n/en/plain';
import { jaPlain } from '$lib/i18n/ja/plain';
import { describe, expect, it } from 'vitest';
import { dataset, summaries as summaryMap } from './dataset';
import {
	COUNTRY_COLUMNS,
	contextGroupsOf,
	countriesListed,
	countryRows,
	DEFAULT_COUNTRY_SORT,
	EVENT_COLUMNS,
	eventRows,
	sortIndicator,
	statusLabelKey,
	toggleSort
} from './table';

const summaries = [...summaryMap.values()];

describe('countryRows', () => {
	it('filters by status and sorts by any column, both ways', () => {
		const possible = countryRows(summaries, 'possible', { key: 'name', direction: 'ascending' });
		expect(possible.map((r) => r.iso3)).toEqual(['LBN', 'ROU', 'THA']);
		const reported = countryRows(summaries, 'reported', { key: 'name', direction: 'ascending' });
		expect(reported.map((r) => r.iso3)).toEqual(['CHN']);
		// The US case is weaker than "possible" and sorts after it, before "none".
		const byStatusDown = countryRows(summaries, 'all', { key: 'status', direction: 'ascending' });
		const statuses = byStatusDown.map((r) => r.status);
		expect(statuses.lastIndexOf('possible')).toBeLessThan(statuses.indexOf('reported'));
		expect(statuses.indexOf('reported')).toBeLessThan(statuses.indexOf('single-case'));
		expect(statuses.indexOf('single-case')).toBeLessThan(statuses.indexOf('none'));
		const byEvents = countryRows(summaries, 'all', { key: 'eventCount', direction: 'descending' });
		expect(byEvents[0]!.iso3).toBe('JPN');
		const counts = byEvents.map((r) => r.eventCount);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		const byStatus = countryRows(summaries, 'all', { key: 'status', direction: 'ascending' });
		expect(byStatus[0]!.status).toBe('confirmed');
		expect(byStatus.at(-1)!.status).toBe('none');
	});
});

describe('eventRows', () => {
	it('filters by forum and sorts by date', () => {
		const un = eventRows(dataset.events, 'un', { key: 'date', direction: 'descending' });
		expect(un.every((e) => e.forum === 'un')).toBe(true);
		expect(un[0]!.date >= un.at(-1)!.date).toBe(true);
		expect(eventRows(dataset.events, 'all', { key: 'date', direction: 'ascending' })[0]!.id).toBe(
			'six-party-joint-statement-2005'
		);
	});
});

it('the default sort puts the abductee nationalities first', () => {
	const rows = countryRows(summaries, 'all', DEFAULT_COUNTRY_SORT);
	const abductees = summaries.filter((s) => s.status !== 'none').length;
	expect(rows.slice(0, abductees).every((r) => r.status !== 'none')).toBe(true);
	expect(rows[0]!.status).toBe('confirmed');
});

it('toggleSort flips the direction on the same column; a new column starts ascending, a count descending', () => {
	expect(toggleSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({
		key: 'name',
		direction: 'descending'
	});
	expect(toggleSort({ key: 'name', direction: 'descending' }, 'eventCount')).toEqual({
		key: 'eventCount',
		direction: 'descending'
	});
	expect(toggleSort({ key: 'eventCount', direction: 'descending' }, 'name')).toEqual({
		key: 'name',
		direction: 'ascending'
	});
});

it('each table’s sortable columns are distinct keys with distinct headers, and each sorts', () => {
	for (const columns of [COUNTRY_COLUMNS, EVENT_COLUMNS]) {
		expect(new Set(columns.map((c) => c.key)).size).toBe(columns.length);
		for (const t of [enPlain, jaPlain])
			expect(new Set(columns.map((c) => t.table.column[c.key])).size).toBe(columns.length);
	}
	for (const { key } of COUNTRY_COLUMNS) {
		const up = countryRows(summaries, 'all', { key, direction: 'ascending' });
		const down = countryRows(summaries, 'all', { key, direction: 'descending' });
		expect(up).toHaveLength(summaries.length);
		expect(up[0]).not.toEqual(down[0]);
	}
	for (const { key } of EVENT_COLUMNS) {
		const up = eventRows(dataset.events, 'all', { key, direction: 'ascending' });
		const down = eventRows(dataset.events, 'all', { key, direction: 'descending' });
		expect(up[0]).not.toEqual(down[0]);
	}
});

it('North Korea is the state responsible, not a country with no abductions named', () => {
	expect(statusLabelKey(summaryMap.get('PRK')!)).toBe('responsible');
	expect(statusLabelKey(summaryMap.get('JPN')!)).toBe('confirmed');
	expect(statusLabelKey(summaryMap.get('USA')!)).toBe('single-case');
});

it('a header says its sort to screen readers and by an arrow; other headers say none', () => {
	const byDateDown = { key: 'date', direction: 'descending' } as const;
	expect(sortIndicator(byDateDown, 'date')).toEqual({ ariaSort: 'descending', arrow: '▼' });
	expect(sortIndicator({ ...byDateDown, direction: 'ascending' }, 'date')).toEqual({
		ariaSort: 'ascending',
		arrow: '▲'
	});
	expect(sortIndicator(byDateDown, 'title')).toEqual({ ariaSort: 'none', arrow: '↕' });
});

it('rows from the page itself sort and filter as the summaries do', () => {
	// The tables page's script reads only these fields of each row (src/lib/plain/tables.ts).
	const light = summaries.map(({ iso3, name, status, eventCount }) => ({
		iso3,
		name,
		status,
		eventCount
	}));
	const sort = { key: 'eventCount', direction: 'descending' } as const;
	expect(countryRows(light, 'all', sort).map((r) => r.iso3)).toEqual(
		countryRows(summaries, 'all', sort).map((r) => r.iso3)
	);
	const lightEvents = dataset.events.map(({ id, date, title, forum }) => ({
		id,
		date,
		title,
		forum
	}));
	const byTitle = { key: 'title', direction: 'ascending' } as const;
	expect(eventRows(lightEvents, 'un', byTitle).map((e) => e.id)).toEqual(
		eventRows(dataset.events, 'un', byTitle).map((e) => e.id)
	);
});

describe('countriesListed', () => {
	it('says why each country is in the table: abducted, named by an event, or a member only', () => {
		const listed = countriesListed(summaries, dataset.groups);
		// Japan, South Korea, Thailand, Romania, Lebanon, China and the United States (section
		// "intro" and the House resolution); North Korea, the UK and Russia are named by events.
		expect(listed.abducted).toBe(7);
		expect(listed.named).toBe(3);
		expect(listed.abducted + listed.named + listed.membersOnly).toBe(summaries.length);
		expect(listed.groups.map((g) => g.id)).toEqual(['eu', 'g7', 'asean']);
		expect(listed.groupsAreContext).toBe(true);
	});

	it('does not call a membership the document gives context', () => {
		const coi = dataset.groups.find((g) => g.id === 'coi')!;
		const visitedOnly = summaries.map((s) =>
			coi.members.includes(s.iso3) ? { ...s, status: 'none' as const, eventCount: 0 } : s
		);
		const listed = countriesListed(visitedOnly, dataset.groups);
		expect(listed.groups.map((g) => g.id)).toContain('coi');
		expect(listed.groupsAreContext).toBe(false);
	});
});

describe('contextGroupsOf', () => {
	const of = (iso3: string) =>
		contextGroupsOf(summaryMap.get(iso3)!, dataset.groups).map((g) => g.id);

	it('names the groups that alone bring a country into the table', () => {
		// Austria is in the data only as a member of the EU; Singapore only of ASEAN.
		expect(of('AUT')).toEqual(['eu']);
		expect(of('SGP')).toEqual(['asean']);
	});

	it('is empty for a country the document names for itself', () => {
		// Romania (abductions), Russia (an event) and the United States (both; also in the G7).
		for (const iso3 of ['ROU', 'RUS', 'USA']) expect(of(iso3), iso3).toEqual([]);
	});

	it('leaves out a membership the document itself gives', () => {
		const coi = dataset.groups.find((g) => g.id === 'coi')!;
		const visited = summaryMap.get(coi.members[0]!)!;
		const quiet = { ...visited, status: 'none' as const, eventCount: 0 };
		expect(contextGroupsOf(quiet, dataset.groups).map((g) => g.id)).not.toContain('coi');
	});
});
