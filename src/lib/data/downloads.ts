/**
 * The download files: a user-facing contract (column names and formats are documented in the
 * README). Each CSV keeps its English columns where they were and adds the Japanese and Korean
 * text in `*_ja` and `*_ko` columns at the end, so readers of the older files still find every
 * column in its place.
 * The columns are defined, with what the Data Package says of them, in columns.ts.
 */
import { toCsv, UTF8_BOM } from './csv';
import { byDate, profileOf } from './join';
import type { Dataset } from './schema';
import { COUNTRY_FIELDS, EVENT_FIELDS, type Column } from './columns';
import { provenanceOf } from './provenance';
import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from './translate';

export { COUNTRY_COLUMNS, EVENT_COLUMNS } from './columns';

/**
 * A CSV file for download: a UTF-8 byte-order mark first, or Excel in a Japanese locale reads the
 * file as Shift_JIS (and in a Korean one as EUC-KR) and shows those columns as garbage. No comment lines: provenance is in
 * the Data Package beside it (datapackage.json), which CSV readers do not trip on.
 */
function csvDownload<Row>(fields: readonly Column<Row>[], rows: readonly Row[]): string {
	return (
		UTF8_BOM +
		toCsv(
			fields.map((f) => f.name),
			rows.map((row) => fields.map((f) => f.value(row)))
		)
	);
}

/** The dataset in each translated language (datasetFor('ja'), datasetFor('ko')). */
export type Translations = Record<TranslatedLanguage, Dataset>;

/** A lookup of each record's twins in every language by its key; the datasets share keys (translate.ts). */
function twins<T>(
	translations: Translations,
	recordsOf: (dataset: Dataset) => readonly T[],
	keyOf: (record: T) => string
): (key: string) => Record<TranslatedLanguage, T> {
	const languages = Object.keys(TRANSLATED_LANGUAGES) as TranslatedLanguage[];
	const byKey = languages.map(
		(language) =>
			[language, new Map(recordsOf(translations[language]).map((r) => [keyOf(r), r]))] as const
	);
	return (key) =>
		Object.fromEntries(
			byKey.map(([language, records]) => {
				const twin = records.get(key);
				if (!twin) throw new Error(`no ${TRANSLATED_LANGUAGES[language].name} record for "${key}"`);
				return [language, twin];
			})
		) as Record<TranslatedLanguage, T>;
}

/** One row per country, with its name and basis in each language. */
export function countriesCsv(dataset: Dataset, translations: Translations): string {
	const translatedOf = twins(
		translations,
		(d) => d.countries,
		(c) => c.iso3
	);
	const rows = dataset.countries.map((country) => ({
		country,
		profile: profileOf(dataset, country.iso3)!,
		translated: translatedOf(country.iso3)
	}));
	return csvDownload(COUNTRY_FIELDS, rows);
}

/** One row per dated event, oldest first, with its title, summary and venue in each language. */
export function eventsCsv(dataset: Dataset, translations: Translations): string {
	const translatedOf = twins(
		translations,
		(d) => d.events,
		(e) => e.id
	);
	const rows = [...dataset.events]
		.sort(byDate)
		.map((event) => ({ event, translated: translatedOf(event.id) }));
	return csvDownload(EVENT_FIELDS, rows);
}

/**
 * The whole dataset as JSON: the English records as they always were, under `ja` and `ko` the same
 * records in Japanese and Korean, and under `provenance` the source, version, build date, licence
 * and credit.
 */
export function datasetJson(dataset: Dataset, translations: Translations, buildDate: string) {
	return { ...dataset, provenance: provenanceOf(dataset.document, buildDate), ...translations };
}
