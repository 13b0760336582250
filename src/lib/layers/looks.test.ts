import { contrastRatio, relativeLuminance } from './contrast';
import { describe, expect, it } from 'vitest';
import { dataset, summaries } from '$lib/data/dataset';
import { engagementByCountry, eventsUntil, forumCoverage, linksOf } from '$lib/data/engagement';
import {
	abductionLook,
	engagementLook,
	forumLook,
	FORUM_COLOUR,
	FORUM_CONTEXT_COLOUR,
	FORUM_NON_MEMBER_COLOUR,
	JAPAN_COLOUR,
	engagementColour,
	linkLegend
} from './looks';
import { OCEAN_COLOUR, RESPONSIBLE_COLOUR, statusColour } from './palette';

/** Evaluates a flat `match` expression for one code, as MapLibre would. */
function colourFor(expression: unknown, code: string): unknown {
	const e = expression as unknown[];
	if (e[0] === 'literal') return e[1];
	for (let i = 2; i < e.length - 1; i += 2) {
		if ((e[i] as string[]).includes(code)) return e[i + 1];
	}
	return e.at(-1);
}

describe('abductionLook', () => {
	const look = abductionLook(summaries.values());
	it('colours each country by its status, North Korea apart, and hatches "possible"', () => {
		expect(colourFor(look.fill, 'KOR')).toBe(statusColour('confirmed'));
		expect(colourFor(look.fill, 'LBN')).toBe(statusColour('possible'));
		expect(colourFor(look.fill, 'FRA')).toBe(statusColour('none'));
		expect(colourFor(look.fill, 'PRK')).toBe(RESPONSIBLE_COLOUR);
		expect(colourFor(look.fill, 'BRA')).toBe(statusColour('none'));
		expect(look.hatched).toEqual(['CHN', 'LBN', 'ROU', 'THA', 'USA']);
		// The US case is weaker than "possible": its own colour, hatched, and its own legend line.
		expect(colourFor(look.fill, 'USA')).toBe(statusColour('single-case'));
		expect(statusColour('single-case')).not.toBe(statusColour('possible'));
		expect(look.legend.find((l) => l.key === 'single-case')).toMatchObject({
			hatched: true,
			label: expect.stringMatching(/^One citizen possibly abducted/)
		});
		for (const code of ['KOR', 'LBN', 'PRK', 'BRA'])
			expect(look.colourOf(code)).toBe(colourFor(look.fill, code));
	});

	it('never lists a code twice (MapLibre rejects duplicate match labels)', () => {
		const labels = (look.fill as unknown[]).filter(Array.isArray).flat();
		expect(new Set(labels).size).toBe(labels.length);
	});
});

describe('engagementLook', () => {
	it('shades by the number of events, with Japan and North Korea apart', () => {
		const engagement = engagementByCountry(dataset.events);
		const look = engagementLook(engagement);
		expect(colourFor(look.fill, 'JPN')).toBe(JAPAN_COLOUR);
		expect(colourFor(look.fill, 'PRK')).toBe(RESPONSIBLE_COLOUR);
		expect(colourFor(look.fill, 'RUS')).toBe(engagementColour(engagement.get('RUS')!.total));
		expect(colourFor(look.fill, 'FRA')).toBe(statusColour('none'));
		expect(engagementColour(1)).not.toBe(engagementColour(6));
		expect(look.legend.map((l) => l.key)).toContain('many');
	});
});

describe('engagementColour', () => {
	it('steps at one, three and six events, a count on a step taking its colour', () => {
		const shades = [0, 1, 2, 3, 5, 6, 40].map(engagementColour);
		expect(shades[0]).toBe(statusColour('none'));
		expect(shades[1]).toBe(shades[2]);
		expect(shades[3]).toBe(shades[4]);
		expect(shades[5]).toBe(shades[6]);
		expect(new Set([shades[0], shades[1], shades[3], shades[5]]).size).toBe(4);
	});

	it('keeps every shaded step clear of the sea and of unmarked land, and darker as counts grow', () => {
		// A country one event names is as much on the map as one that many name: a pale blue
		// beside the blue sea (Thailand, Mongolia) read as sea on a projector.
		const shaded = [1, 3, 6].map(engagementColour);
		for (const colour of shaded) {
			expect(contrastRatio(colour, OCEAN_COLOUR), colour).toBeGreaterThanOrEqual(1.8);
			expect(contrastRatio(colour, statusColour('none')), colour).toBeGreaterThanOrEqual(1.8);
		}
		const luminances = shaded.map(relativeLuminance);
		expect(luminances).toEqual([...luminances].sort((a, b) => b - a));
	});
});

describe('statusColour', () => {
	it('gives each status its own colour', () => {
		const statuses = ['confirmed', 'possible', 'reported', 'single-case', 'none'] as const;
		expect(new Set(statuses.map(statusColour)).size).toBe(statuses.length);
		expect(statuses.map(statusColour).every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
	});
});

describe('forumLook', () => {
	it('fills G7 members as context, hatched', () => {
		const look = forumLook(forumCoverage(dataset, 'g7', dataset.events)!);
		expect(colourFor(look.fill, 'ITA')).toBe(FORUM_CONTEXT_COLOUR);
		expect(colourFor(look.fill, 'CHN')).toBe(statusColour('none'));
		expect(look.hatched).toContain('ITA');
		expect(look.legend.find((l) => l.key === 'context')?.hatched).toBe(true);
	});

	it('tells a participant and a host from members, in colour and in the legend', () => {
		const asean = forumLook(forumCoverage(dataset, 'asean', dataset.events)!);
		expect(colourFor(asean.fill, 'JPN')).toBe(FORUM_NON_MEMBER_COLOUR);
		expect(colourFor(asean.fill, 'THA')).toBe(FORUM_CONTEXT_COLOUR);
		expect(asean.legend.map((l) => l.key)).toEqual([
			'participant',
			'context',
			'responsible',
			'none'
		]);
		expect(asean.legend[0]!.label).toMatch(/not a member/);
		const ohchr = forumLook(forumCoverage(dataset, 'ohchr', dataset.events)!);
		expect(colourFor(ohchr.fill, 'KOR')).toBe(FORUM_NON_MEMBER_COLOUR);
		expect(ohchr.legend.find((l) => l.key === 'host')?.label).toMatch(/^Hosts/);
	});

	it('fills the countries the Commission of Inquiry visited as document facts', () => {
		const look = forumLook(forumCoverage(dataset, 'coi', dataset.events)!);
		expect(colourFor(look.fill, 'THA')).toBe(FORUM_COLOUR);
		expect(look.hatched).toEqual([]);
	});

	it('colours no country the Commission visited before the Commission was set up', () => {
		const at = (until: string) =>
			forumLook(forumCoverage(dataset, 'coi', eventsUntil(dataset.events, until), until)!);
		const early = at('2010-01');
		for (const iso3 of ['JPN', 'KOR', 'USA', 'GBR', 'THA'])
			expect(early.colourOf(iso3), iso3).toBe(statusColour('none'));
		expect(early.legend.map((l) => l.key)).not.toContain('document');
		// The document does not date the visits, only the Commission's set-up (March 2013) and its
		// report (February 2014), section 1(b): the visits count as made by the report's month.
		expect(at('2013-12').colourOf('GBR')).toBe(statusColour('none'));
		expect(at('2014-02').colourOf('GBR')).toBe(FORUM_COLOUR);
	});

	it('keeps members added as context at any date, hatched as context', () => {
		const until = '2010-01';
		const g7 = forumLook(forumCoverage(dataset, 'g7', eventsUntil(dataset.events, until), until)!);
		expect(g7.colourOf('CAN')).toBe(FORUM_CONTEXT_COLOUR);
		expect(g7.hatched).toContain('CAN');
	});
});

describe('a line of several kinds', () => {
	it('takes the colour of the first of its kinds in the key, as the panel says', () => {
		// The Japan–US line: a House resolution, a visit, a summit and a ministers' meeting.
		const pair = linksOf(dataset.events).find((l) => [l.from, l.to].sort().join() === 'JPN,USA')!;
		const kinds = new Set(pair.events.map((e) => e.kind));
		expect(kinds.size).toBeGreaterThan(1);
		const keyOrder = linkLegend(linksOf(dataset.events)).map((entry) => entry.key);
		const firstInKey = keyOrder.find((key) => kinds.has(key.replace(/^link-/, '') as never));
		expect(`link-${pair.kind}`).toBe(firstInKey);
		expect(pair.kind).toBe('summit');
	});
});
