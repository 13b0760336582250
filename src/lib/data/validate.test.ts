import { describe, expect, it } from 'vitest';
import documentJson from '../../../data/document.json';
import countriesJson from '../../../data/countries.json';
import eventsJson from '../../../data/events.json';
import recurringJson from '../../../data/recurring.json';
import groupsJson from '../../../data/groups.json';
import { DatasetError, validateDataset, type RawDataFiles } from './validate';

function rawFiles(): RawDataFiles {
	return structuredClone({
		'document.json': documentJson,
		'countries.json': countriesJson,
		'events.json': eventsJson,
		'recurring.json': recurringJson,
		'groups.json': groupsJson
	});
}

function problemsOf(raw: RawDataFiles): string[] {
	try {
		validateDataset(raw);
	} catch (error) {
		if (error instanceof DatasetError) return error.problems;
		throw error;
	}
	return [];
}

describe('validateDataset', () => {
	it('accepts the committed dataset', () => {
		expect(problemsOf(rawFiles())).toEqual([]);
	});

	it('names the file, record and field of a malformed date', () => {
		const raw = rawFiles();
		const events = (raw['events.json'] as typeof eventsJson).events;
		events[2]!.date = '2018-13';
		const problems = problemsOf(raw);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('data/events.json');
		expect(problems[0]).toContain(`events[2] "${events[2]!.id}"`);
		expect(problems[0]).toContain('field "date"');
		expect(problems[0]).toContain('YYYY-MM');
	});

	it('rejects an unknown forum and a missing title', () => {
		const raw = rawFiles();
		const events = (raw['events.json'] as typeof eventsJson).events as Record<string, unknown>[];
		events[0]!.forum = 'nato';
		delete events[1]!.title;
		const problems = problemsOf(raw);
		expect(problems.some((p) => p.includes('events[0]') && p.includes('field "forum"'))).toBe(true);
		expect(problems.some((p) => p.includes('events[1]') && p.includes('field "title"'))).toBe(true);
	});

	it('reports a country code no country record defines', () => {
		const raw = rawFiles();
		((raw['events.json'] as typeof eventsJson).events[0]!.countries as string[]).push('ZZZ');
		expect(problemsOf(raw)).toEqual([
			expect.stringMatching(
				/data\/events\.json: events\[0\].*field "countries\.\d+": unknown country "ZZZ"/
			)
		]);
	});

	it('reports duplicate ids and unknown groups and sections', () => {
		const raw = rawFiles();
		const events = (raw['events.json'] as typeof eventsJson).events;
		events[1]!.id = events[0]!.id;
		(events[3]!.groups as string[]).push('nato');
		events[4]!.section = '4(a)';
		const problems = problemsOf(raw).join('\n');
		expect(problems).toContain(`duplicate id "${events[0]!.id}"`);
		expect(problems).toContain('unknown group "nato"');
		expect(problems).toMatch(/events\[4\].*field "section"/);
	});

	it('reports a duplicate country', () => {
		const raw = rawFiles();
		const file = raw['countries.json'] as typeof countriesJson;
		file.countries.push(structuredClone(file.countries[0]!));
		expect(problemsOf(raw).join('\n')).toContain(`duplicate iso3 "${file.countries[0]!.iso3}"`);
	});

	it('reports an end date before the start', () => {
		const raw = rawFiles();
		const events = (raw['events.json'] as typeof eventsJson).events as { dateEnd?: string }[];
		events[0]!.dateEnd = '1999-01';
		expect(problemsOf(raw)).toEqual([
			expect.stringMatching(/events\[0\].*field "dateEnd": must not be before date$/)
		]);
	});

	describe('abduction statuses', () => {
		type CountriesFile = { countries: { iso3: string; abduction?: Record<string, unknown> }[] };
		const countryAt = (raw: RawDataFiles, iso3: string) => {
			const list = (raw['countries.json'] as CountriesFile).countries;
			const index = list.findIndex((c) => c.iso3 === iso3);
			return { index, abduction: list[index]!.abduction! };
		};

		it('keeps "confirmed" and "possible" for the introduction’s list', () => {
			const raw = rawFiles();
			const { index, abduction } = countryAt(raw, 'USA');
			abduction.status = 'possible';
			delete abduction.event;
			expect(problemsOf(raw)).toEqual([
				expect.stringMatching(
					new RegExp(
						`data/countries\\.json: countries\\[${index}\\] "USA", field "abduction\\.section": .*must cite the introduction`
					)
				)
			]);
		});

		it('requires a single case to name the event that mentions it, and that event to name the country', () => {
			const raw = rawFiles();
			const usa = countryAt(raw, 'USA');
			delete usa.abduction.event;
			expect(problemsOf(raw)).toEqual([
				expect.stringMatching(
					/countries\[\d+\] "USA", field "abduction\.event": must name the event/
				)
			]);
			usa.abduction.event = 'g7-charlevoix-2018-06';
			expect(problemsOf(raw)).toEqual([
				expect.stringMatching(
					/countries\[\d+\] "USA", field "abduction\.event": event "g7-charlevoix-2018-06" does not name USA/
				)
			]);
			usa.abduction.event = 'no-such-event';
			expect(problemsOf(raw)).toEqual([
				expect.stringMatching(/field "abduction\.event": unknown event "no-such-event"/)
			]);
		});

		it('refuses an event on a status from the introduction', () => {
			const raw = rawFiles();
			countryAt(raw, 'THA').abduction.event = 'coi-visits-2013';
			expect(problemsOf(raw)).toEqual([
				expect.stringMatching(/"THA", field "abduction\.event": must name the event .*exactly when/)
			]);
		});
	});

	describe('actors and cited sections of an event', () => {
		type Ev = { id: string; actors: string[]; tagSections?: Record<string, string> };
		const eventsOf = (raw: RawDataFiles) => (raw['events.json'] as { events: Ev[] }).events;

		it('accepts actors from the event’s countries or groups, and names any other', () => {
			const raw = rawFiles();
			const events = eventsOf(raw);
			const house = events.findIndex((e) => e.id === 'us-house-resolution-2016-09');
			events[house]!.actors = ['USA', 'us-congress', 'GBR', 'g7'];
			expect(problemsOf(raw)).toEqual([
				`data/events.json: events[${house}] "us-house-resolution-2016-09", field "actors.2": actor "GBR" is neither among this record's countries nor its groups`,
				`data/events.json: events[${house}] "us-house-resolution-2016-09", field "actors.3": actor "g7" is neither among this record's countries nor its groups`
			]);
		});

		it('refuses an acting country whose event kind no line can show', () => {
			const raw = rawFiles();
			const events = eventsOf(raw) as (Ev & { kind: string })[];
			const i = events.findIndex((e) => e.id === 'japan-russia-summit-2018-09');
			events[i]!.kind = 'speech';
			expect(problemsOf(raw)).toEqual([
				expect.stringMatching(
					new RegExp(`events\\[${i}\\].*field "kind": "speech" cannot be drawn as a line from JPN`)
				)
			]);
			// With no acting country, nothing is drawn, and any kind will do.
			events[i]!.actors = [];
			expect(problemsOf(raw)).toEqual([]);
		});

		it('requires actors on every event', () => {
			const raw = rawFiles();
			delete (eventsOf(raw)[0] as Partial<Ev>).actors;
			expect(problemsOf(raw)).toEqual([expect.stringMatching(/events\[0\].*field "actors"/)]);
		});

		it('checks that a tag’s own section exists', () => {
			const raw = rawFiles();
			const events = eventsOf(raw);
			const i = events.findIndex((e) => e.tagSections);
			events[i]!.tagSections = { JPN: '1(z)', eu: '1(a)' };
			expect(problemsOf(raw)).toEqual([
				expect.stringMatching(
					new RegExp(`events\\[${i}\\].*field "tagSections\\.JPN": must name a section`)
				)
			]);
		});

		it('names a tag that is neither a country nor a group of the record', () => {
			const raw = rawFiles();
			const events = eventsOf(raw);
			const i = events.findIndex((e) => e.tagSections);
			events[i]!.tagSections = { JPN: '1(a)', GBR: '1(a)' };
			expect(problemsOf(raw)).toEqual([
				expect.stringMatching(
					new RegExp(`events\\[${i}\\].*field "tagSections\\.GBR": "GBR" is neither among`)
				)
			]);
		});

		it('accepts an inferred date and rejects an unknown date basis', () => {
			const raw = rawFiles();
			(eventsOf(raw)[0] as unknown as Record<string, string>).dateBasis = 'guessed';
			expect(problemsOf(raw)).toEqual([expect.stringMatching(/events\[0\].*field "dateBasis"/)]);
		});
	});

	describe('groups: dated members, participants, hosts', () => {
		type G = {
			id: string;
			members: string[];
			memberSpans?: { iso3: string; from?: string; until?: string }[];
			participants?: string[];
			host?: { iso3: string };
		};
		const groupsOf = (raw: RawDataFiles) => (raw['groups.json'] as { groups: G[] }).groups;
		const indexOf = (raw: RawDataFiles, id: string) => groupsOf(raw).findIndex((g) => g.id === id);

		it('requires a dated member’s dates to be in order, and it to be a member', () => {
			const raw = rawFiles();
			const eu = groupsOf(raw)[indexOf(raw, 'eu')]!;
			eu.memberSpans = [{ iso3: 'HRV', from: '2013-07', until: '2010-01' }, { iso3: 'BGR' }];
			expect(problemsOf(raw)).toEqual([
				expect.stringMatching(/"eu", field "memberSpans\.0\.until": must not be before "from"/),
				expect.stringMatching(/"eu", field "memberSpans\.1": needs "from" or "until"/)
			]);
			eu.memberSpans = [{ iso3: 'JPN', from: '2007-01' }];
			expect(problemsOf(raw)).toEqual([
				expect.stringMatching(
					/"eu", field "memberSpans\.0\.iso3": "JPN" is not among the group's members/
				)
			]);
		});

		it('keeps participants and hosts out of the membership', () => {
			const raw = rawFiles();
			const asean = groupsOf(raw)[indexOf(raw, 'asean')]!;
			asean.participants = ['JPN', 'THA'];
			const coi = groupsOf(raw)[indexOf(raw, 'coi')]!;
			coi.host = { iso3: 'JPN' };
			(coi.host as Record<string, string>).basis = 'document';
			const problems = problemsOf(raw);
			expect(problems).toEqual([
				expect.stringMatching(
					/groups\[\d+\] "coi", field "host\.iso3": "JPN" is listed as a member too/
				),
				expect.stringMatching(/groups\[\d+\] "asean", field "participants\.1": "THA" is a member/)
			]);
		});

		it('names an unknown participant or host', () => {
			const raw = rawFiles();
			groupsOf(raw)[indexOf(raw, 'asean')]!.participants = ['ZZZ'];
			groupsOf(raw)[indexOf(raw, 'ohchr')]!.host!.iso3 = 'ZZY';
			const problems = problemsOf(raw).join('\n');
			expect(problems).toMatch(/"asean", field "participants\.0": unknown country "ZZZ"/);
			expect(problems).toMatch(/"ohchr", field "host\.iso3": unknown country "ZZY"/);
		});
	});
});
