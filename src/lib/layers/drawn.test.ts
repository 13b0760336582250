import { describe, expect, it } from 'vitest';
import { dataset, summaries } from '$lib/data/dataset';
import { DEFAULT_VIEW } from '$lib/state/view';
import { eventsUntil, forumCoverage, linksOf } from '$lib/data/engagement';
import { abductionLines, drawnLayers, engagementLines, forumLines } from './drawn';

// The words a reader sees, written out here rather than read from the catalog the code uses, so
// that a changed or swapped phrase fails these tests.
const NOT_NAMED = 'The document names no other countries for this forum';

describe('tooltip lines on the abductions layer', () => {
	it('give the status and the count of dated events, singular or plural', () => {
		const one = {
			iso3: 'XXA',
			name: 'A',
			status: 'possible',
			eventCount: 1,
			undatedCount: 0
		} as const;
		const many = {
			iso3: 'XXB',
			name: 'B',
			status: 'confirmed',
			eventCount: 4,
			undatedCount: 0
		} as const;
		expect(abductionLines(one)).toEqual([
			'May have been abducted (returnees’ testimony)',
			'1 dated event'
		]);
		expect(abductionLines(many)).toEqual(['Abducted (stated)', '4 dated events']);
	});
});

describe('tooltip lines on the engagement layer', () => {
	it('count the events and list them by kind', () => {
		const lines = engagementLines({
			iso3: 'XXA',
			total: 3,
			undated: 0,
			byKind: { summit: 2, resolution: 1 }
		});
		expect(lines).toEqual(['3 dated events', 'Summit: 2', 'Resolution: 1']);
		expect(engagementLines({ iso3: 'XXA', total: 1, undated: 0, byKind: { speech: 1 } })[0]).toBe(
			'1 dated event'
		);
	});

	it('say so when no dated event names the country', () => {
		expect(engagementLines(undefined)).toEqual(['No event names it']);
	});
});

describe('tooltip lines on the forums layer', () => {
	const group = dataset.groups[0]!;
	const forum = {
		group,
		members: [
			{ iso3: 'XXA', basis: 'document' as const, role: 'member' as const },
			{ iso3: 'XXB', basis: 'context' as const, role: 'member' as const },
			{ iso3: 'XXD', basis: 'document' as const, role: 'host' as const },
			{ iso3: 'XXE', basis: 'document' as const, role: 'participant' as const }
		],
		events: []
	};
	const coverage = (id: string) => forumCoverage(dataset, id, dataset.events)!;

	it('tell a member the document names from one added as context', () => {
		expect(forumLines(forum, 'XXA')).toEqual(['Named by the document']);
		expect(forumLines(forum, 'XXB')).toEqual(['Member (context, not in the document)']);
	});

	it('never call a host or a participant a member', () => {
		expect(forumLines(forum, 'XXD')).toEqual(['Hosts its office (named by the document)']);
		expect(forumLines(forum, 'XXE')).toEqual(['Takes part, not a member (named by the document)']);
	});

	it('say of anyone else only that the document names no other countries', () => {
		expect(forumLines(forum, 'XXC')).toEqual([NOT_NAMED]);
	});

	it('never say a country was not involved, in any forum', () => {
		for (const g of dataset.groups) {
			for (const country of dataset.countries) {
				for (const line of forumLines(coverage(g.id), country.iso3))
					expect(line).not.toMatch(/not involved/i);
			}
		}
	});

	it('say what the document names: who co-tabled, who was visited', () => {
		expect(forumLines(coverage('un-hrc'), 'JPN')[0]).toMatch(/co-tabled/i);
		expect(forumLines(coverage('coi'), 'GBR')[0]).toMatch(/visited by the commission/i);
		expect(forumLines(coverage('un-ga'), 'JPN')).toContain('Spoke there');
	});
});

describe('North Korea’s tooltip', () => {
	it('says it is the state responsible, on every layer', () => {
		for (const layer of ['abductions', 'engagement', 'forums'] as const) {
			const drawn = drawnLayers(dataset, summaries, { ...DEFAULT_VIEW, layer });
			const lines = drawn.describe('PRK');
			expect(lines[0]).toBe('The state responsible for the abductions');
			expect(lines).not.toContain('No abductions named');
		}
	});
});

describe('drawnLayers', () => {
	it('on the abductions layer draws no lines and describes from the summaries', () => {
		const drawn = drawnLayers(dataset, summaries, DEFAULT_VIEW);
		expect(drawn.links).toBeNull();
		expect(drawn.forum).toBeUndefined();
		expect(drawn.events).toHaveLength(dataset.events.length);
		expect(drawn.describe('KOR')).toEqual(abductionLines(summaries.get('KOR')!));
		expect(drawn.legend).toEqual(drawn.look.legend);
	});

	it('on the abductions layer hatches no status whose basis came after the date', () => {
		const early = drawnLayers(dataset, summaries, { ...DEFAULT_VIEW, until: '2010-01' });
		expect(early.look.hatched).not.toContain('USA');
		expect(early.look.hatched).toContain('THA');
		expect(early.describe('USA')[0]).toBe('No abductions named');
		const late = drawnLayers(dataset, summaries, { ...DEFAULT_VIEW, until: '2016-09' });
		expect(late.look.hatched).toContain('USA');
	});

	it('on the abductions layer lists in its legend only what the map draws at the date', () => {
		const keys = (until?: string) =>
			drawnLayers(dataset, summaries, { ...DEFAULT_VIEW, ...(until ? { until } : {}) }).legend.map(
				(entry) => entry.key
			);
		// The House resolution (September 2016) is the only basis of the one single case.
		expect(keys('2010-01')).not.toContain('single-case');
		expect(keys('2010-01')).toEqual(
			expect.arrayContaining(['confirmed', 'possible', 'reported', 'none', 'responsible'])
		);
		expect(keys('2016-09')).toContain('single-case');
		expect(keys()).toContain('single-case');
	});

	it('on the abductions layer counts only the events up to the date in a tooltip', () => {
		// Japan's events dated by January 2010, counted here from the dates as written.
		const byThen = dataset.events.filter(
			(e) => e.countries.includes('JPN') && e.dateBasis !== 'inferred' && e.date <= '2010-01'
		).length;
		expect(byThen).toBeGreaterThan(0);
		expect(byThen).toBeLessThan(summaries.get('JPN')!.eventCount);
		const early = drawnLayers(dataset, summaries, { ...DEFAULT_VIEW, until: '2010-01' });
		expect(early.describe('JPN')).toEqual([
			'Abducted (stated)',
			`${byThen} dated event${byThen === 1 ? '' : 's'}`
		]);
	});

	it('on the engagement layer adds the lines and their legend, up to the date', () => {
		// The first month by which some country had acted towards another, so a line exists.
		const until = [...dataset.events]
			.map((e) => e.date.slice(0, 7))
			.sort()
			.find((month) => linksOf(eventsUntil(dataset.events, month)).length > 0)!;
		const drawn = drawnLayers(dataset, summaries, { ...DEFAULT_VIEW, layer: 'engagement', until });
		expect(drawn.events.every((e) => e.date.slice(0, 7) <= until)).toBe(true);
		expect(drawn.events.length).toBeLessThan(dataset.events.length);
		expect(drawn.links).not.toBeNull();
		expect(drawn.legend.length).toBeGreaterThan(drawn.look.legend.length);
		expect(drawn.describe('JPN')).toEqual(engagementLines(drawn.engagement.get('JPN')));
	});

	it('on the forums layer draws members as of the timeline’s date', () => {
		const view = { ...DEFAULT_VIEW, layer: 'forums' as const, forum: 'eu' };
		expect(drawnLayers(dataset, summaries, { ...view, until: '2013-06' }).describe('HRV')).toEqual([
			NOT_NAMED
		]);
		expect(drawnLayers(dataset, summaries, { ...view, until: '2013-07' }).describe('HRV')).toEqual([
			'Member (context, not in the document)'
		]);
	});

	it('on the forums layer covers the chosen forum', () => {
		const forumId = dataset.groups.find((g) => g.membersBasis === 'context')!.id;
		const drawn = drawnLayers(dataset, summaries, {
			...DEFAULT_VIEW,
			layer: 'forums',
			forum: forumId
		});
		expect(drawn.forum?.group.id).toBe(forumId);
		const member = drawn.forum!.members[0]!.iso3;
		expect(drawn.describe(member)).toEqual(['Member (context, not in the document)']);
		expect(drawn.look.hatched).toContain(member);
	});

	it('names on the map what the view is about, and Japan and the Koreas always', () => {
		const abductions = drawnLayers(dataset, summaries, DEFAULT_VIEW).named(null);
		// The seven nationalities the document names, and North Korea, the state responsible.
		expect([...abductions].sort()).toEqual(
			['CHN', 'JPN', 'KOR', 'LBN', 'PRK', 'ROU', 'THA', 'USA'].sort()
		);
		// Before the House resolution of September 2016 the United States is not yet among them.
		const early = drawnLayers(dataset, summaries, { ...DEFAULT_VIEW, until: '2010-01' });
		expect(early.named(null)).not.toContain('USA');
		// A country chosen on the engagement layer: it, the other ends of its lines, and the three.
		const engagement = drawnLayers(dataset, summaries, { ...DEFAULT_VIEW, layer: 'engagement' });
		const russia = engagement.named('RUS');
		expect(russia).toEqual(expect.arrayContaining(['RUS', 'JPN', 'KOR', 'PRK']));
		expect(russia).not.toContain('THA');
	});
});
