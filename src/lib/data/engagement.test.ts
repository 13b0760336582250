import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { engagementByCountry, eventsUntil, forumCoverage, linksOf } from './engagement';

describe('eventsUntil', () => {
	it('keeps events up to and including the month', () => {
		const until2010 = eventsUntil(dataset.events, '2010-12');
		expect(until2010.length).toBeGreaterThan(0);
		expect(until2010.every((e) => e.date < '2011')).toBe(true);
		expect(until2010.map((e) => e.id)).not.toContain('japan-russia-summit-2018-09');
		expect(eventsUntil(dataset.events, '2007-09').map((e) => e.id)).toContain(
			'six-party-session-2007-09-27'
		);
		expect(eventsUntil(dataset.events, null)).toHaveLength(dataset.events.length);
	});
});

describe('engagementByCountry', () => {
	it('counts events per country by kind', () => {
		const engagement = engagementByCountry(dataset.events);
		const russia = engagement.get('RUS')!;
		expect(russia.total).toBe(dataset.events.filter((e) => e.countries.includes('RUS')).length);
		expect(russia.byKind.summit).toBe(1);
		const sum = Object.values(engagement.get('USA')!.byKind).reduce((a, b) => a + b, 0);
		expect(sum).toBe(engagement.get('USA')!.total);
		expect(engagement.has('FRA')).toBe(false);
	});
});

describe('linksOf', () => {
	const links = linksOf(dataset.events);
	const find = (from: string, to: string) => links.find((l) => l.from === from && l.to === to);

	it('links Japan to partners with the strongest kind of engagement', () => {
		expect(find('JPN', 'RUS')?.kind).toBe('summit');
		expect(find('JPN', 'GBR')?.kind).toBe('coi-visit');
		expect(find('JPN', 'USA')?.kind).toBe('summit');
		expect(find('JPN', 'USA')!.events.length).toBeGreaterThan(3);
	});

	it('links partners to North Korea where they raised the issue with it', () => {
		expect(find('USA', 'PRK')?.kind).toBe('raised-with-dprk');
		expect(find('KOR', 'PRK')?.events.map((e) => e.id)).toEqual(['inter-korean-summit-2018-04']);
		expect(find('JPN', 'JPN')).toBeUndefined();
	});

	it('has no 2018 links when cut at 2010', () => {
		const early = linksOf(eventsUntil(dataset.events, '2010-12'));
		expect(early.some((l) => l.to === 'RUS')).toBe(false);
		expect(early.every((l) => l.events.every((e) => e.date < '2011'))).toBe(true);
	});
});

describe('forumCoverage', () => {
	it('gives the G7 its members as context', () => {
		const g7 = forumCoverage(dataset, 'g7', dataset.events)!;
		expect(g7.members.map((m) => m.iso3).sort()).toEqual([
			'CAN',
			'DEU',
			'FRA',
			'GBR',
			'ITA',
			'JPN',
			'USA'
		]);
		expect(g7.members.every((m) => m.basis === 'context')).toBe(true);
		expect(g7.events.map((e) => e.id)).toEqual(['g7-charlevoix-2018-06']);
	});

	it('gives a UN body the countries its events name, as document facts', () => {
		const hrc = forumCoverage(dataset, 'un-hrc', dataset.events)!;
		expect(hrc.members.map((m) => m.iso3)).toContain('JPN');
		expect(hrc.members.every((m) => m.basis === 'document')).toBe(true);
		expect(forumCoverage(dataset, 'nato', dataset.events)).toBeUndefined();
	});
});
