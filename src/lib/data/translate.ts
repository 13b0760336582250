/**
 * The dataset in another language. Translations live beside the data (data/ja/*.json) as overlays:
 * one file per data file, records keyed by their id (iso3 for countries), each holding only the
 * text a reader sees. Codes, dates, statuses and references stay in the English files, so the two
 * languages can never disagree on a fact, only on its wording.
 */
import type { Country, Dataset, DocEvent, Group, Recurring } from './schema.ts';
import type { RawDataFiles } from './files.ts';

export interface CountryText {
	name: string;
	/** Names a reader may search by in this language; the English aliases (ROK, DPRK…) are kept too. */
	aliases: string[];
	abduction?: { basis: string };
	note?: { text: string };
}

export interface EngagementText {
	title: string;
	summary: string;
	venue?: { name: string };
	/** Recurring records with a count only. */
	unit?: string;
}

export interface GroupText {
	name: string;
	summary: string;
}

/** The overlays of one language, by the data file they translate. */
export interface DataOverlays {
	'document.json': {
		title: string;
		publisher: string;
		whereToFind: string;
		/** The licence by its name in the language (CC BY 4.0: クリエイティブ・コモンズ 表示 4.0 国際). */
		release: { licence: { title: string } };
		sections: Record<string, { title: string; summary: string }>;
	};
	'countries.json': {
		otherNationals: { text: string };
		countries: Record<string, CountryText>;
	};
	'events.json': { events: Record<string, EngagementText> };
	'recurring.json': { recurring: Record<string, EngagementText> };
	'groups.json': { groups: Record<string, GroupText> };
}

/**
 * The text fields of each kind of record, as dotted paths: what an overlay must give for every
 * record that has them in English, and all it may give (besides a country's `aliases`).
 */
export const TEXT_FIELDS = {
	document: ['title', 'publisher', 'whereToFind', 'release.licence.title'],
	sections: ['title', 'summary'],
	otherNationals: ['text'],
	countries: ['name', 'abduction.basis', 'note.text'],
	events: ['title', 'summary', 'venue.name'],
	recurring: ['title', 'summary', 'unit'],
	groups: ['name', 'summary']
} as const;

/**
 * Each translated language: its name in the build's messages and the script a reader of it reads
 * as that language (kana or kanji for Japanese, Hangul for Korean).
 */
export const TRANSLATED_LANGUAGES = {
	ja: { name: 'Japanese', script: /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/ },
	ko: { name: 'Korean', script: /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/ }
} as const;
export type TranslatedLanguage = keyof typeof TRANSLATED_LANGUAGES;

/** Names written in Latin letters in Japanese and Korean too. */
export const LATIN_ACRONYMS = ['G7', 'ASEAN', 'EU', 'COI', 'OHCHR', 'ICC', 'EAS', 'ARF'];

/** Text in the language's script, or one of the acronyms it writes in Latin letters. */
export function isInLanguage(text: string, language: TranslatedLanguage): boolean {
	return TRANSLATED_LANGUAGES[language].script.test(text) || LATIN_ACRONYMS.includes(text.trim());
}

/** Japanese text, or one of the acronyms Japanese writes in Latin letters. */
export function isJapanese(text: string): boolean {
	return isInLanguage(text, 'ja');
}

/** Korean text (Hangul), or one of the acronyms Korean writes in Latin letters. */
export function isKorean(text: string): boolean {
	return isInLanguage(text, 'ko');
}

/**
 * The dataset with every text field from the overlays: same shape, same ids, same order. A record
 * the overlays lack keeps its English text; the build's validation (validateTranslations) makes
 * sure no real record lacks one, and only the benchmark's synthetic copies ever do.
 */
export function translateDataset(dataset: Dataset, overlays: DataOverlays): Dataset {
	const doc = overlays['document.json'];
	const countryText = overlays['countries.json'].countries;
	const eventText = overlays['events.json'].events;
	const recurringText = overlays['recurring.json'].recurring;
	const groupText = overlays['groups.json'].groups;
	return {
		document: {
			...dataset.document,
			title: doc.title,
			publisher: doc.publisher,
			whereToFind: doc.whereToFind,
			release: {
				...dataset.document.release,
				licence: {
					...dataset.document.release.licence,
					title: doc.release?.licence.title ?? dataset.document.release.licence.title
				}
			},
			sections: dataset.document.sections.map((s) => ({
				...s,
				title: doc.sections[s.id]?.title ?? s.title,
				summary: doc.sections[s.id]?.summary ?? s.summary
			}))
		},
		otherNationals: {
			...dataset.otherNationals,
			text: overlays['countries.json'].otherNationals.text
		},
		countries: dataset.countries.map((c) => translateCountry(c, countryText[c.iso3])),
		events: dataset.events.map((e) => translateEngagement(e, eventText[e.id])),
		recurring: dataset.recurring.map((r) => translateEngagement(r, recurringText[r.id])),
		groups: dataset.groups.map((g) => translateGroup(g, groupText[g.id]))
	};
}

function translateCountry(country: Country, text: CountryText | undefined): Country {
	if (!text) return country;
	return {
		...country,
		name: text.name,
		aliases: [...text.aliases, ...country.aliases],
		...(country.abduction && {
			abduction: { ...country.abduction, basis: text.abduction?.basis ?? country.abduction.basis }
		}),
		...(country.note && { note: { ...country.note, text: text.note?.text ?? country.note.text } })
	};
}

function translateEngagement<R extends DocEvent | Recurring>(
	record: R,
	text: EngagementText | undefined
): R {
	if (!text) return record;
	const translated: R = { ...record, title: text.title, summary: text.summary };
	if ('venue' in record && record.venue)
		(translated as DocEvent).venue = {
			...record.venue,
			name: text.venue?.name ?? record.venue.name
		};
	if ('unit' in record && record.unit) (translated as Recurring).unit = text.unit ?? record.unit;
	return translated;
}

function translateGroup(group: Group, text: GroupText | undefined): Group {
	return text ? { ...group, name: text.name, summary: text.summary } : group;
}

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
