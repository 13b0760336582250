/**
 * Turns the raw JSON files of `data/` into a checked Dataset, or throws one error that lists every
 * problem, each naming the file, the record and the field, so a bad edit fails the build clearly.
 */
import * as v from 'valibot';
import {
	CountriesFileSchema,
	DocumentSchema,
	EventsFileSchema,
	GroupsFileSchema,
	RecurringFileSchema,
	type Dataset
} from './schema.ts';
import { datasetFromFiles, type RawDataFiles } from './files.ts';

export type { RawDataFiles };

export class DatasetError extends Error {
	constructor(readonly problems: string[]) {
		super(`The dataset in data/ is invalid:\n  - ${problems.join('\n  - ')}`);
		this.name = 'DatasetError';
	}
}

type Path = readonly (string | number)[];

/** `events[3] "g7-2018"`: where a record sits and, when it has one, its id. */
function describeRecord(raw: unknown, path: Path): { record: string; field: string } {
	const [collection, index, ...rest] = path;
	if (typeof collection !== 'string') return { record: '(file)', field: path.join('.') };
	if (typeof index !== 'number') return { record: '(file)', field: collection };
	const list = (raw as Record<string, unknown[]>)?.[collection];
	const item = (Array.isArray(list) ? list[index] : undefined) as
		Record<string, unknown> | undefined;
	const key = item?.id ?? item?.iso3;
	const record = `${collection}[${index}]${typeof key === 'string' ? ` "${key}"` : ''}`;
	return { record, field: rest.length ? rest.join('.') : '(whole record)' };
}

function problem(file: string, raw: unknown, path: Path, message: string): string {
	const { record, field } = describeRecord(raw, path);
	return `data/${file}: ${record}, field "${field}": ${message}`;
}

function parseFile<S extends v.GenericSchema>(
	file: keyof RawDataFiles,
	raw: unknown,
	schema: S,
	problems: string[]
): v.InferOutput<S> | undefined {
	const result = v.safeParse(schema, raw);
	if (result.success) return result.output;
	for (const issue of result.issues) {
		const path = (issue.path ?? []).map((item) => item.key as string | number);
		const received =
			issue.received && issue.received !== 'Object' ? ` (got ${issue.received})` : '';
		problems.push(problem(file, raw, path, issue.message + received));
	}
	return undefined;
}

export function validateDataset(raw: RawDataFiles): Dataset {
	const problems: string[] = [];
	const document = parseFile('document.json', raw['document.json'], DocumentSchema, problems);
	const countriesFile = parseFile(
		'countries.json',
		raw['countries.json'],
		CountriesFileSchema,
		problems
	);
	const eventsFile = parseFile('events.json', raw['events.json'], EventsFileSchema, problems);
	const recurringFile = parseFile(
		'recurring.json',
		raw['recurring.json'],
		RecurringFileSchema,
		problems
	);
	const groupsFile = parseFile('groups.json', raw['groups.json'], GroupsFileSchema, problems);
	if (!document || !countriesFile || !eventsFile || !recurringFile || !groupsFile) {
		throw new DatasetError(problems);
	}
	const dataset = datasetFromFiles({
		'document.json': document,
		'countries.json': countriesFile,
		'events.json': eventsFile,
		'recurring.json': recurringFile,
		'groups.json': groupsFile
	});
	problems.push(...integrityProblems(dataset, raw));
	if (problems.length) throw new DatasetError(problems);
	return dataset;
}

/** Unique keys and references that resolve: what a schema of one file cannot see. */
export function integrityProblems(dataset: Dataset, raw: RawDataFiles): string[] {
	const problems: string[] = [];
	const countryCodes = new Set(dataset.countries.map((c) => c.iso3));
	const groupIds = new Set(dataset.groups.map((g) => g.id));
	const sectionIds = new Set(dataset.document.sections.map((s) => s.id));

	const duplicates = (
		file: keyof RawDataFiles,
		collection: string,
		keys: string[],
		field: string
	) => {
		const seen = new Set<string>();
		keys.forEach((key, index) => {
			if (seen.has(key)) {
				problems.push(
					problem(file, raw[file], [collection, index, field], `duplicate ${field} "${key}"`)
				);
			}
			seen.add(key);
		});
	};
	duplicates(
		'countries.json',
		'countries',
		dataset.countries.map((c) => c.iso3),
		'iso3'
	);
	duplicates(
		'groups.json',
		'groups',
		dataset.groups.map((g) => g.id),
		'id'
	);
	// Events and recurring engagements share one id space: downloads list them side by side.
	duplicates(
		'events.json',
		'events',
		dataset.events.map((e) => e.id),
		'id'
	);
	const eventIds = new Set(dataset.events.map((e) => e.id));
	dataset.recurring.forEach((r, index) => {
		if (eventIds.has(r.id)) {
			problems.push(
				problem(
					'recurring.json',
					raw['recurring.json'],
					['recurring', index, 'id'],
					`id "${r.id}" is also an event id`
				)
			);
		}
	});
	duplicates(
		'recurring.json',
		'recurring',
		dataset.recurring.map((r) => r.id),
		'id'
	);

	const check = (ok: boolean, file: keyof RawDataFiles, path: Path, message: string) => {
		if (!ok) problems.push(problem(file, raw[file], path, message));
	};
	const unknownCountry = (code: string) => `unknown country "${code}" (not in data/countries.json)`;
	const unknownGroup = (groupId: string) => `unknown group "${groupId}" (not in data/groups.json)`;
	const unknownSection = (s: string) => `unknown section "${s}" (not in data/document.json)`;

	dataset.countries.forEach((c, i) => {
		if (c.abduction)
			check(
				sectionIds.has(c.abduction.section),
				'countries.json',
				['countries', i, 'abduction', 'section'],
				unknownSection(c.abduction.section)
			);
		if (c.note)
			check(
				sectionIds.has(c.note.section),
				'countries.json',
				['countries', i, 'note', 'section'],
				unknownSection(c.note.section)
			);
	});
	for (const [file, collection, records] of [
		['events.json', 'events', dataset.events],
		['recurring.json', 'recurring', dataset.recurring]
	] as const) {
		records.forEach((record, i) => {
			record.countries.forEach((code, j) =>
				check(countryCodes.has(code), file, [collection, i, 'countries', j], unknownCountry(code))
			);
			record.groups.forEach((g, j) =>
				check(groupIds.has(g), file, [collection, i, 'groups', j], unknownGroup(g))
			);
			check(
				sectionIds.has(record.section),
				file,
				[collection, i, 'section'],
				unknownSection(record.section)
			);
			if ('venue' in record && record.venue) {
				check(
					countryCodes.has(record.venue.iso3),
					file,
					[collection, i, 'venue', 'iso3'],
					unknownCountry(record.venue.iso3)
				);
			}
		});
	}
	dataset.groups.forEach((g, i) => {
		g.members.forEach((code, j) =>
			check(
				countryCodes.has(code),
				'groups.json',
				['groups', i, 'members', j],
				unknownCountry(code)
			)
		);
		check(
			sectionIds.has(g.section),
			'groups.json',
			['groups', i, 'section'],
			unknownSection(g.section)
		);
		check(
			(g.membersBasis === 'none') === (g.members.length === 0),
			'groups.json',
			['groups', i, 'membersBasis'],
			'must be "none" exactly when members is empty'
		);
	});
	return problems;
}
