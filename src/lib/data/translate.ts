/**
 * The dataset in another language. Translations live beside the data (data/ja/*.json) as overlays:
 * one file per data file, records keyed by their id (iso3 for countries), each holding only the
 * text a reader sees. Codes, dates, statuses and references stay in the English files, so the two
 * languages can never disagree on a fact, only on its wording.
 */
import type { Country, Dataset, DocEvent, Group, Recurring } from './schema.ts';

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
