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
});
