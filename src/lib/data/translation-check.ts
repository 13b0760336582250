/**
 * Checks one language's overlays against the English data: every text field translated, in the
 * language's script, and nothing the English data lacks (validate.ts turns the problems into the
 * build's error).
 */
import type { Dataset } from './schema.ts';
import type { RawDataFiles } from './files.ts';
import {
	TRANSLATED_LANGUAGES,
	isInLanguage,
	TEXT_FIELDS,
	type TranslatedLanguage,
	type CountryText
} from './translate.ts';

type Path = (string | number)[];

/** Where one overlay breaks the rule, said like the dataset's own problems. */
export interface TranslationProblem {
	file: keyof RawDataFiles;
	record: string;
	field: string;
	message: string;
}

function valueAt(record: unknown, dotted: string): unknown {
	return dotted
		.split('.')
		.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], record);
}

/** Every leaf of an overlay record, as dotted paths (arrays are leaves). */
function leavesOf(record: unknown, prefix: Path = []): string[] {
	if (typeof record !== 'object' || record === null || Array.isArray(record))
		return [prefix.join('.')];
	return Object.entries(record).flatMap(([key, value]) => leavesOf(value, [...prefix, key]));
}

/**
 * Every English text field has its twin in the overlay, in the language, trimmed; the overlay holds
 * no record and no field the English data lacks. Raw overlays in, so a malformed file is reported
 * rather than thrown on.
 */
export function translationProblems(
	dataset: Dataset,
	raw: unknown,
	language: TranslatedLanguage = 'ja'
): TranslationProblem[] {
	const { name } = TRANSLATED_LANGUAGES[language];
	const inLanguage = (text: string) => isInLanguage(text, language);
	const overlays = (raw ?? {}) as Partial<Record<keyof RawDataFiles, Record<string, unknown>>>;
	const problems: TranslationProblem[] = [];

	const checkRecord = (
		file: keyof RawDataFiles,
		record: string,
		english: unknown,
		translated: unknown,
		fields: readonly string[],
		extraAllowed: readonly string[] = []
	) => {
		const say = (field: string, message: string) => problems.push({ file, record, field, message });
		if (typeof translated !== 'object' || translated === null) {
			say('(whole record)', `has no ${name} text`);
			return;
		}
		for (const field of fields) {
			const source = valueAt(english, field);
			if (typeof source !== 'string') continue;
			const text = valueAt(translated, field);
			if (typeof text !== 'string' || text.trim() === '') say(field, `has no ${name} text`);
			else if (text !== text.trim()) say(field, 'has spaces around it');
			else if (!inLanguage(text)) say(field, `is not ${name}: "${text}"`);
		}
		for (const leaf of leavesOf(translated)) {
			const known =
				extraAllowed.some((allowed) => leaf === allowed || leaf.startsWith(`${allowed}.`)) ||
				(fields.includes(leaf) && typeof valueAt(english, leaf) === 'string');
			if (!known) say(leaf, 'is not a text field of the English record');
		}
	};

	/** One collection: every English record translated, no translation without its record. */
	const checkCollection = <T>(
		file: keyof RawDataFiles,
		collection: keyof typeof TEXT_FIELDS,
		records: readonly T[],
		keyOf: (record: T) => string,
		translations: unknown,
		extraAllowed: readonly string[] = []
	) => {
		const byKey = (translations ?? {}) as Record<string, unknown>;
		const keys = new Set(records.map(keyOf));
		for (const record of records) {
			const key = keyOf(record);
			checkRecord(
				file,
				`${collection} "${key}"`,
				record,
				byKey[key],
				TEXT_FIELDS[collection],
				extraAllowed
			);
		}
		for (const key of Object.keys(byKey))
			if (!keys.has(key))
				problems.push({
					file,
					record: `${collection} "${key}"`,
					field: '(whole record)',
					message: `translates a record that data/${file} does not have`
				});
	};

	const doc = overlays['document.json'];
	checkRecord('document.json', '(file)', dataset.document, doc, TEXT_FIELDS.document, ['sections']);
	checkCollection(
		'document.json',
		'sections',
		dataset.document.sections,
		(s) => s.id,
		doc?.sections
	);
	const countries = overlays['countries.json'];
	checkRecord(
		'countries.json',
		'otherNationals',
		dataset.otherNationals,
		countries?.otherNationals,
		TEXT_FIELDS.otherNationals
	);
	checkCollection(
		'countries.json',
		'countries',
		dataset.countries,
		(c) => c.iso3,
		countries?.countries,
		['aliases']
	);
	for (const country of dataset.countries) {
		const aliases = (countries?.countries as Record<string, CountryText> | undefined)?.[
			country.iso3
		]?.aliases;
		if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || !inLanguage(a)))
			problems.push({
				file: 'countries.json',
				record: `countries "${country.iso3}"`,
				field: 'aliases',
				message: `must be a list (maybe empty) of ${name} names`
			});
	}
	checkCollection(
		'events.json',
		'events',
		dataset.events,
		(e) => e.id,
		overlays['events.json']?.events
	);
	checkCollection(
		'recurring.json',
		'recurring',
		dataset.recurring,
		(r) => r.id,
		overlays['recurring.json']?.recurring
	);
	checkCollection(
		'groups.json',
		'groups',
		dataset.groups,
		(g) => g.id,
		overlays['groups.json']?.groups
	);
	return problems;
}
