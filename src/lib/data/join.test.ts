import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import { ja } from '$lib/i18n/ja';
import { dataset } from './dataset';
import {
	abducteesInOrder,
	countryPath,
	countrySummaries,
	listedRole,
	profileOf,
	statusAt
} from './join';

describe('profileOf', () => {
	it('returns undefined for a code the dataset lacks', () => {
		expect(profileOf(dataset, 'ZZZ')).toBeUndefined();
	});

	it('lists a country’s events in date order, with its status and basis', () => {
		const korea = profileOf(dataset, 'KOR')!;
		expect(korea.status).toBe('confirmed');
		const dates = korea.events.map((e) => e.date);
		expect(dates).toEqual([...dates].sort());
		expect(korea.events.every((e) => e.countries.includes('KOR'))).toBe(true);
		expect(korea.events.map((e) => e.id)).toContain('inter-korean-summit-2018-04');
	});

	it('separates events reached only through a group, and marks context memberships', () => {
		const france = profileOf(dataset, 'FRA')!;
		expect(france.status).toBe('none');
		expect(france.events).toEqual([]);
		expect(france.groupEvents.map((e) => e.id)).toContain('g7-charlevoix-2018-06');
		expect(france.memberships.find((m) => m.group.id === 'g7')?.basis).toBe('context');
		const uk = profileOf(dataset, 'GBR')!;
		expect(uk.memberships.find((m) => m.group.id === 'coi')?.basis).toBe('document');
		// South Korea hosts the OHCHR's Seoul office: a host, and the office's events are not its own.
		const korea = profileOf(dataset, 'KOR')!;
		expect(korea.memberships.find((m) => m.group.id === 'ohchr')?.role).toBe('host');
		expect(korea.groupEvents.some((e) => e.groups.includes('ohchr'))).toBe(false);
		expect(korea.hostedEvents.map((e) => e.id)).toContain('ohchr-seoul-2015-06');
		const japan = profileOf(dataset, 'JPN')!;
		expect(japan.memberships.find((m) => m.group.id === 'asean')?.role).toBe('participant');
	});

	it('lists each event once per country: a member that hosted one has it under the events held there', () => {
		const canada = profileOf(dataset, 'CAN')!;
		expect(canada.hostedEvents.map((e) => e.id)).toContain('g7-charlevoix-2018-06');
		expect(canada.groupEvents.map((e) => e.id)).not.toContain('g7-charlevoix-2018-06');
		for (const { iso3 } of dataset.countries) {
			const profile = profileOf(dataset, iso3)!;
			const ids = [...profile.events, ...profile.groupEvents, ...profile.hostedEvents].map(
				(e) => e.id
			);
			expect(ids.length, iso3).toBe(new Set(ids).size);
		}
	});

	it('relates countries that share an event, never the country itself', () => {
		const russia = profileOf(dataset, 'RUS')!;
		expect(russia.related.map((c) => c.iso3)).toContain('JPN');
		expect(russia.related.map((c) => c.iso3)).not.toContain('RUS');
		expect(profileOf(dataset, 'SGP')!.hostedEvents.map((e) => e.id)).toEqual([
			'us-dprk-summit-2018-06'
		]);
	});
});

describe('countrySummaries', () => {
	it('counts the events that name each country', () => {
		const summaries = countrySummaries(dataset);
		const expected = dataset.events.filter((e) => e.countries.includes('USA')).length;
		expect(summaries.get('USA')).toMatchObject({
			name: 'United States',
			status: 'single-case',
			eventCount: expected
		});
		expect(summaries.get('FRA')?.eventCount).toBe(0);
	});
});

it('countryPath lower-cases the code', () => {
	expect(countryPath('KOR')).toBe('/country/kor');
});

describe('visited by, not belongs to', () => {
	it('a UN body lists the countries it visited; other groups list members', () => {
		const kinds = new Map(dataset.groups.map((g) => [g.id, listedRole(g)]));
		expect(kinds.get('coi')).toBe('visited');
		expect(kinds.get('eu')).toBe('member');
		expect(kinds.get('g7')).toBe('member');
		expect(kinds.get('six-party')).toBe('member');
	});

	it('the United States was visited by the Commission of Inquiry, and its page says so', () => {
		const usa = profileOf(dataset, 'USA')!;
		expect(usa.memberships.find((m) => m.group.id === 'coi')?.role).toBe('visited');
		expect(usa.groupEventRoles).toContain('visited');
		for (const t of [en, ja]) {
			const note = t.country.groupEventsNote('X', ['visited']);
			expect(note).not.toMatch(/belongs|属する/);
			expect(note).toMatch(/visited|訪問/);
			expect(t.country.groupEventsNote('X', ['member'])).not.toMatch(/visited|訪問/);
			expect(t.country.groupEventsNote('X', ['member', 'visited'])).toMatch(/visited|訪問/);
		}
		// Only groups behind listed events count: France's G7 events make it a member, no more.
		expect(profileOf(dataset, 'FRA')!.groupEventRoles).toEqual(['member']);
	});
});

describe('abducteesInOrder', () => {
	it('lists the named nationalities most certain first, then as the document names them, in every language', async () => {
		const { dataFor } = await import('$lib/i18n/data');
		// The introduction names Japan's and the ROK's abductees, then those of Thailand, Romania and
		// Lebanon who may have been abducted, then Chinese nationals on others' word; the US
		// Congress section, last, a single US citizen.
		const expected = ['JPN', 'KOR', 'THA', 'ROU', 'LBN', 'CHN', 'USA'];
		for (const locale of ['en', 'ja', 'ko'] as const) {
			const { dataset: local } = dataFor(locale);
			expect(abducteesInOrder(local.countries).map((c) => c.iso3)).toEqual(expected);
		}
	});
});

describe('statusAt', () => {
	const country = (iso3: string) => dataset.countries.find((c) => c.iso3 === iso3)!;
	const before = (month: string) =>
		new Set(dataset.events.filter((e) => e.date.slice(0, 7) <= month).map((e) => e.id));

	it('gives the United States no status before the House resolution of September 2016', () => {
		expect(statusAt(country('USA'), before('2010-01'))).toBe('none');
		expect(statusAt(country('USA'), before('2016-08'))).toBe('none');
		expect(statusAt(country('USA'), before('2016-09'))).toBe('single-case');
		expect(statusAt(country('USA'), null)).toBe('single-case');
	});

	it('keeps the introduction’s undated statuses at every date', () => {
		expect(statusAt(country('THA'), new Set())).toBe('possible');
		expect(statusAt(country('KOR'), before('2010-01'))).toBe('confirmed');
	});
});
