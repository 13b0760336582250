/**
 * The download files: a user-facing contract (column names and formats are documented in the
 * README). Each CSV keeps its English columns where they were and adds the Japanese text in
 * `*_ja` columns at the end, so readers of the older files still find every column in its place.
 * The columns are defined, with what the Data Package says of them, in columns.ts.
 */
import { toCsv, UTF8_BOM } from './csv';
import { byDate, profileOf } from './join';
import type { Dataset } from './schema';
import { COUNTRY_FIELDS, EVENT_FIELDS, type Column } from './columns';
import { provenanceOf } from './provenance';

export { COUNTRY_COLUMNS, EVENT_COLUMNS } from './columns';

/**
 * A CSV file for download: a UTF-8 byte-order mark first, or Excel in a Japanese locale reads the
 * file as Shift_JIS and shows the Japanese columns as garbage. No comment lines: provenance is in
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

/** A lookup of each record's Japanese twin by its key; the two datasets share keys (translate.ts). */
function twins<T>(japanese: readonly T[], keyOf: (record: T) => string): (key: string) => T {
	const byKey = new Map(japanese.map((record) => [keyOf(record), record]));
	return (key) => {
		const twin = byKey.get(key);
		if (!twin) throw new Error(`no Japanese record for "${key}"`);
		return twin;
	};
}

/** One row per country, with its Japanese name and basis from `japanese` (datasetFor('ja')). */
export function countriesCsv(dataset: Dataset, japanese: Dataset): string {
	const japaneseOf = twins(japanese.countries, (c) => c.iso3);
	const rows = dataset.countries.map((country) => ({
		country,
		profile: profileOf(dataset, country.iso3)!,
		ja: japaneseOf(country.iso3)
	}));
	return csvDownload(COUNTRY_FIELDS, rows);
}

/** One row per dated event, oldest first, with its Japanese title, summary and venue. */
export function eventsCsv(dataset: Dataset, japanese: Dataset): string {
	const japaneseOf = twins(japanese.events, (e) => e.id);
	const rows = [...dataset.events]
		.sort(byDate)
		.map((event) => ({ event, ja: japaneseOf(event.id) }));
	return csvDownload(EVENT_FIELDS, rows);
}

/**
 * The whole dataset as JSON: the English records as they always were, under `ja` the same records
 * in Japanese, and under `provenance` the source, version, build date, licence and credit.
 */
export function datasetJson(dataset: Dataset, japanese: Dataset, buildDate: string) {
	return { ...dataset, provenance: provenanceOf(dataset.document, buildDate), ja: japanese };
}
