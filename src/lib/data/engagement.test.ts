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
		expect(find('JPN', 'USA')?.kind).toBe('summit');
		expect(find('JPN', 'USA')!.events.length).toBeGreaterThan(3);
	});

	it('draws a line from whoever acted, never from Japan for another’s act', () => {
		// The Commission's visits are the Commission's act: no line from Japan to the UK or Thailand.
		expect(links.some((l) => [l.from, l.to].includes('GBR'))).toBe(false);
		expect(links.some((l) => l.from === 'JPN' && l.to === 'THA')).toBe(false);
		// The House resolution is the House's: it runs from the United States to China.
		expect(find('USA', 'CHN')?.events.map((e) => e.id)).toEqual(['us-house-resolution-2016-09']);
		expect(find('JPN', 'CHN')?.events.map((e) => e.id)).not.toContain(
			'us-house-resolution-2016-09'
		);
		// Japan–US: one line for the pair, holding both Japan's summits and the US visit and resolution.
		const pair = links.filter((l) => [l.from, l.to].sort().join() === 'JPN,USA');
		expect(pair).toHaveLength(1);
		expect(pair[0]!.actedBy.sort()).toEqual(['JPN', 'USA']);
		expect(find('JPN', 'RUS')?.actedBy).toEqual(['JPN']);
		expect(pair[0]!.events.map((e) => e.id)).toEqual(
			expect.arrayContaining(['trump-visit-2017-11', 'japan-us-summit-2018-04'])
		);
	});

	it('follows the actors it is given', () => {
		const [visit] = dataset.events.filter((e) => e.id === 'coi-visits-2013');
		const asIfJapan = { ...visit!, actors: ['JPN'] };
		expect(linksOf([asIfJapan]).map((l) => `${l.from}>${l.to}`)).toEqual([
			'JPN>KOR',
			'JPN>USA',
			'JPN>GBR',
			'JPN>THA'
		]);
		expect(linksOf([{ ...visit!, actors: [] }])).toEqual([]);
	});

	it('links partners to North Korea where they raised the issue with it', () => {
		expect(find('USA', 'PRK')?.kind).toBe('raised-with-dprk');
		expect(find('KOR', 'PRK')?.events.map((e) => e.id)).toEqual(['inter-korean-summit-2018-04']);
		expect(find('JPN', 'JPN')).toBeUndefined();
		// Japan asked for the US–North Korea raising; the line is the United States' alone.
		expect(find('JPN', 'PRK')).toBeUndefined();
	});

	it('has no 2018 links when cut at 2010', () => {
		const early = linksOf(eventsUntil(dataset.events, '2010-12'));
		expect(early.some((l) => l.to === 'RUS')).toBe(false);
		expect(early.every((l) => l.events.every((e) => e.date < '2011'))).toBe(true);
	});
});

describe('forumCoverage', () => {
	it('gives the G7 its members as context, and Japan, which the document names, on its word', () => {
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
		const documented = g7.members.filter((m) => m.basis === 'document').map((m) => m.iso3);
		expect(documented).toEqual(['JPN']);
		expect(g7.events.map((e) => e.id)).toEqual(['g7-charlevoix-2018-06']);
	});

	it('draws a member only while it belonged: the EU before and after Croatia joined', () => {
		const euAt = (until: string | null) =>
			forumCoverage(dataset, 'eu', eventsUntil(dataset.events, until), until)!.members.map(
				(m) => m.iso3
			);
		expect(euAt('2006-12')).not.toContain('ROU');
		expect(euAt('2013-06')).toContain('ROU');
		expect(euAt('2013-06')).not.toContain('HRV');
		expect(euAt('2013-07')).toContain('HRV');
		// 28 members, and Japan, which co-tables the resolutions with the EU (1(a)).
		expect(euAt(null)).toHaveLength(29);
		expect(euAt(null)).toContain('JPN');
	});

	it('shows a participant and a host apart from members', () => {
		const asean = forumCoverage(dataset, 'asean', dataset.events)!;
		expect(asean.members.find((m) => m.iso3 === 'JPN')).toEqual({
			iso3: 'JPN',
			basis: 'document',
			role: 'participant'
		});
		expect(asean.members.filter((m) => m.role === 'member')).toHaveLength(10);
		const ohchr = forumCoverage(dataset, 'ohchr', dataset.events)!;
		expect(ohchr.members.find((m) => m.iso3 === 'KOR')?.role).toBe('host');
		// Before the Seoul office opened, South Korea hosts nothing.
		const early = forumCoverage(
			dataset,
			'ohchr',
			eventsUntil(dataset.events, '2015-05'),
			'2015-05'
		)!;
		expect(early.members.some((m) => m.iso3 === 'KOR')).toBe(false);
	});

	it('gives a UN body the countries its events name, as document facts', () => {
		const hrc = forumCoverage(dataset, 'un-hrc', dataset.events)!;
		expect(hrc.members.map((m) => m.iso3)).toContain('JPN');
		expect(hrc.members.every((m) => m.basis === 'document')).toBe(true);
		expect(forumCoverage(dataset, 'nato', dataset.events)).toBeUndefined();
	});
});
