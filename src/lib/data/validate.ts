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
import { DATA_FILE_NAMES, datasetFromFiles, type RawDataFiles } from './files.ts';
import { LINK_KINDS } from './vocabulary.ts';
import { translationProblems, type TranslatedLanguage } from './translate.ts';

export type { RawDataFiles };

export class DatasetError extends Error {
	constructor(readonly problems: string[]) {
		super(`The dataset in data/ is invalid:\n  - ${problems.join('\n  - ')}`);
		this.name = 'DatasetError';
	}
}

type DataFile = keyof RawDataFiles;
type Path = readonly (string | number)[];

const FILE_SCHEMAS: Record<DataFile, v.GenericSchema> = {
	'document.json': DocumentSchema,
	'countries.json': CountriesFileSchema,
	'events.json': EventsFileSchema,
	'recurring.json': RecurringFileSchema,
	'groups.json': GroupsFileSchema
};

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

function problem(file: DataFile, raw: RawDataFiles, path: Path, message: string): string {
	const { record, field } = describeRecord(raw[file], path);
	return `data/${file}: ${record}, field "${field}": ${message}`;
}

export function validateDataset(raw: RawDataFiles): Dataset {
	const problems: string[] = [];
	const parsed = {} as RawDataFiles;
	for (const file of DATA_FILE_NAMES) {
		const result = v.safeParse(FILE_SCHEMAS[file], raw[file]);
		if (result.success) parsed[file] = result.output;
		for (const issue of result.issues ?? []) {
			const path = (issue.path ?? []).map((item) => item.key as string | number);
			const received =
				issue.received && issue.received !== 'Object' ? ` (got ${issue.received})` : '';
			problems.push(problem(file, raw, path, issue.message + received));
		}
	}
	if (problems.length) throw new DatasetError(problems);
	const dataset = datasetFromFiles(parsed);
	problems.push(...integrityProblems(dataset, raw));
	if (problems.length) throw new DatasetError(problems);
	return dataset;
}

/** A value in one record that must match something defined elsewhere. */
interface Reference {
	file: DataFile;
	path: Path;
	to: 'country' | 'group' | 'section' | 'event';
	value: string;
}

/** A rule one record breaks, said where it sits. */
interface Breach {
	file: DataFile;
	path: Path;
	message: string;
}

const engagementFiles = (dataset: Dataset) =>
	[
		['events.json', 'events', dataset.events],
		['recurring.json', 'recurring', dataset.recurring]
	] as const;

/** Every cross-reference in the dataset, so one loop can check them all. */
function referencesOf(dataset: Dataset): Reference[] {
	const refs: Reference[] = [];
	const add = (file: DataFile, path: Path, to: Reference['to'], value: string) =>
		refs.push({ file, path, to, value });

	dataset.countries.forEach((c, i) => {
		const at = ['countries', i] as const;
		if (c.abduction)
			add('countries.json', [...at, 'abduction', 'section'], 'section', c.abduction.section);
		if (c.abduction?.event)
			add('countries.json', [...at, 'abduction', 'event'], 'event', c.abduction.event);
		if (c.note) add('countries.json', [...at, 'note', 'section'], 'section', c.note.section);
	});
	add('countries.json', ['otherNationals', 'section'], 'section', dataset.otherNationals.section);
	for (const [file, collection, records] of engagementFiles(dataset)) {
		records.forEach((r, i) => {
			const at = [collection, i] as const;
			r.countries.forEach((code, j) => add(file, [...at, 'countries', j], 'country', code));
			r.groups.forEach((g, j) => add(file, [...at, 'groups', j], 'group', g));
			add(file, [...at, 'section'], 'section', r.section);
			for (const [tag, s] of Object.entries(r.tagSections ?? {}))
				add(file, [...at, 'tagSections', tag], 'section', s);
			if ('venue' in r && r.venue) add(file, [...at, 'venue', 'iso3'], 'country', r.venue.iso3);
		});
	}
	dataset.groups.forEach((g, i) => {
		const at = ['groups', i] as const;
		g.members.forEach((code, j) => add('groups.json', [...at, 'members', j], 'country', code));
		g.participants?.forEach((code, j) =>
			add('groups.json', [...at, 'participants', j], 'country', code)
		);
		if (g.host) add('groups.json', [...at, 'host', 'iso3'], 'country', g.host.iso3);
		add('groups.json', [...at, 'section'], 'section', g.section);
	});
	return refs;
}

/** Keys that must be unique, per file: ids of events and recurring share one space (downloads). */
function duplicateBreaches(dataset: Dataset): Breach[] {
	const breaches: Breach[] = [];
	const tables: [DataFile, string, string[], string][] = [
		['countries.json', 'countries', dataset.countries.map((c) => c.iso3), 'iso3'],
		['groups.json', 'groups', dataset.groups.map((g) => g.id), 'id'],
		['events.json', 'events', dataset.events.map((e) => e.id), 'id'],
		['recurring.json', 'recurring', dataset.recurring.map((r) => r.id), 'id']
	];
	const eventIds = new Set(dataset.events.map((e) => e.id));
	for (const [file, collection, keys, field] of tables) {
		const seen = new Set<string>();
		keys.forEach((key, index) => {
			const path = [collection, index, field];
			if (seen.has(key)) breaches.push({ file, path, message: `duplicate ${field} "${key}"` });
			else if (file === 'recurring.json' && eventIds.has(key))
				breaches.push({ file, path, message: `id "${key}" is also an event id` });
			seen.add(key);
		});
	}
	return breaches;
}

/** Rules that tie a record's fields to each other or to other files. */
function ruleBreaches(dataset: Dataset): Breach[] {
	const breaches: Breach[] = [];
	const breach = (ok: boolean, file: DataFile, path: Path, message: string) => {
		if (!ok) breaches.push({ file, path, message });
	};
	const eventsById = new Map(dataset.events.map((e) => [e.id, e]));

	dataset.countries.forEach((c, i) => {
		const event = c.abduction?.event ? eventsById.get(c.abduction.event) : undefined;
		if (event)
			breach(
				event.countries.includes(c.iso3),
				'countries.json',
				['countries', i, 'abduction', 'event'],
				`event "${event.id}" does not name ${c.iso3} among its countries`
			);
	});
	for (const [file, collection, records] of engagementFiles(dataset)) {
		records.forEach((r, i) => {
			const tags = new Set<string>([...r.countries, ...r.groups]);
			for (const tag of Object.keys(r.tagSections ?? {}))
				breach(
					tags.has(tag),
					file,
					[collection, i, 'tagSections', tag],
					`"${tag}" is neither among this record's countries nor its groups`
				);
			if ('actors' in r) {
				// An acting country with others named draws a line, and a line needs a kind it can show.
				const acting = r.actors.filter((a) => r.countries.includes(a));
				const drawsLine = acting.length > 0 && r.countries.some((c) => !acting.includes(c));
				breach(
					!drawsLine || (LINK_KINDS as readonly string[]).includes(r.kind),
					file,
					[collection, i, 'kind'],
					`"${r.kind}" cannot be drawn as a line from ${acting.join(', ')}; use one of ${LINK_KINDS.join(', ')}, or name no acting country`
				);
				r.actors.forEach((actor, j) =>
					breach(
						tags.has(actor),
						file,
						[collection, i, 'actors', j],
						`actor "${actor}" is neither among this record's countries nor its groups`
					)
				);
			}
		});
	}
	dataset.groups.forEach((g, i) => {
		const at = ['groups', i] as const;
		const members = new Set(g.members);
		breach(
			(g.membersBasis === 'none') === (g.members.length === 0),
			'groups.json',
			[...at, 'membersBasis'],
			'must be "none" exactly when members is empty'
		);
		g.memberSpans?.forEach((span, j) =>
			breach(
				members.has(span.iso3),
				'groups.json',
				[...at, 'memberSpans', j, 'iso3'],
				`"${span.iso3}" is not among the group's members`
			)
		);
		g.participants?.forEach((code, j) =>
			breach(
				!members.has(code),
				'groups.json',
				[...at, 'participants', j],
				`"${code}" is a member; participants are countries outside the membership`
			)
		);
		if (g.host)
			breach(
				!members.has(g.host.iso3),
				'groups.json',
				[...at, 'host', 'iso3'],
				`"${g.host.iso3}" is listed as a member too; a host is not a member`
			);
	});
	return breaches;
}

/** Unique keys, references that resolve, and rules across fields: what a schema cannot see. */
export function integrityProblems(dataset: Dataset, raw: RawDataFiles): string[] {
	const known: Record<Reference['to'], Set<string>> = {
		country: new Set(dataset.countries.map((c) => c.iso3)),
		group: new Set(dataset.groups.map((g) => g.id)),
		section: new Set(dataset.document.sections.map((s) => s.id)),
		event: new Set(dataset.events.map((e) => e.id))
	};
	const where: Record<Reference['to'], string> = {
		country: 'data/countries.json',
		group: 'data/groups.json',
		section: 'data/document.json',
		event: 'data/events.json'
	};
	const unresolved: Breach[] = referencesOf(dataset)
		.filter((ref) => !known[ref.to].has(ref.value))
		.map(({ file, path, to, value }) => ({
			file,
			path,
			message: `unknown ${to} "${value}" (not in ${where[to]})`
		}));
	return [...duplicateBreaches(dataset), ...unresolved, ...ruleBreaches(dataset)].map((b) =>
		problem(b.file, raw, b.path, b.message)
	);
}

/**
 * The translations in data/<locale>/ against the checked English dataset: every text field of
 * every record in both languages, and nothing else (see translate.ts). Throws one error listing
 * every problem, each naming the file, the record and the field.
 */
export function validateTranslations(
	dataset: Dataset,
	raw: unknown,
	locale: TranslatedLanguage = 'ja'
): void {
	const problems = translationProblems(dataset, raw, locale).map(
		(p) => `data/${locale}/${p.file}: ${p.record}, field "${p.field}": ${p.message}`
	);
	if (problems.length) throw new DatasetError(problems);
}
