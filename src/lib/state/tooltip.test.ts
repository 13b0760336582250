import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { countrySummaries } from '$lib/data/join';
import { engagementByCountry, forumCoverage } from '$lib/data/engagement';
import { countryLines, forumLines, NOT_NAMED_LINE, RESPONSIBLE_LINE } from './tooltip';

const summaries = countrySummaries(dataset);
const engagement = engagementByCountry(dataset.events);
const forum = (id: string) => forumCoverage(dataset, id, dataset.events)!;
const lines = (iso3: string, layer: 'abductions' | 'engagement' | 'forums', forumId = 'un-ga') =>
	countryLines(iso3, {
		layer,
		summary: summaries.get(iso3)!,
		engagement,
		forum: layer === 'forums' ? forum(forumId) : undefined
	});

describe('countryLines', () => {
	it('says North Korea is the state responsible, on every layer', () => {
		for (const layer of ['abductions', 'engagement', 'forums'] as const) {
			expect(lines('PRK', layer)[0]).toBe(RESPONSIBLE_LINE);
		}
	});

	it('gives an abductee nationality its status and its count of events', () => {
		expect(lines('JPN', 'abductions')[1]).toMatch(/^\d+ dated events$/);
		expect(lines('KOR', 'abductions')[0]).not.toBe(lines('THA', 'abductions')[0]);
	});
});

describe('forumLines', () => {
	it('never says a country was not involved', () => {
		for (const group of dataset.groups) {
			for (const country of dataset.countries) {
				for (const line of forumLines(forum(group.id), country.iso3)) {
					expect(line).not.toMatch(/not involved/i);
				}
			}
		}
	});

	it('says what the document names: who co-tabled, who was visited', () => {
		expect(forumLines(forum('un-hrc'), 'JPN')[0]).toMatch(/co-tabled/i);
		expect(forumLines(forum('coi'), 'GBR')[0]).toMatch(/visited by the commission/i);
	});

	it('says of anyone else only that the document names no other countries', () => {
		expect(forumLines(forum('un-ga'), 'BRA')).toEqual([NOT_NAMED_LINE]);
	});

	it('marks context members as context', () => {
		expect(forumLines(forum('g7'), 'ITA')[0]).toMatch(/context/);
	});
});
