/**
 * The download files: a user-facing contract (column names and formats are documented in the
 * README). Each CSV keeps its English columns where they were and adds the Japanese text in
 * `*_ja` columns at the end, so readers of the older files still find every column in its place.
 */
import { toCsv, UTF8_BOM } from './csv';
import { byDate, profileOf } from './join';
import type { Dataset } from './schema';

export const COUNTRY_COLUMNS = [
	'iso3',
	'name',
	'abduction_status',
	'abduction_basis',
	'abduction_section',
	'event_count',
	'event_ids',
	'groups',
	'abduction_event',
	'name_ja',
	'abduction_basis_ja'
] as const;

export const EVENT_COLUMNS = [
	'id',
	'date',
	'date_end',
	'title',
	'summary',
	'forum',
	'kind',
	'countries',
	'groups',
	'venue',
	'venue_iso3',
	'venue_basis',
	'section',
	'source',
	'actors',
	'date_basis',
	'tag_sections',
	'title_ja',
	'summary_ja',
	'venue_ja'
] as const;

/**
 * A CSV file for download: a UTF-8 byte-order mark first, or Excel in a Japanese locale reads the
 * file as Shift_JIS and shows the Japanese columns as garbage.
 */
function csvDownload(header: readonly string[], rows: (string | number)[][]): string {
	return UTF8_BOM + toCsv(header, rows);
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
	const rows = dataset.countries.map((country) => {
		const profile = profileOf(dataset, country.iso3)!;
		const ja = japaneseOf(country.iso3);
		return [
			country.iso3,
			country.name,
			profile.status,
			country.abduction?.basis ?? '',
			country.abduction?.section ?? '',
			profile.events.length,
			profile.events.map((e) => e.id).join(';'),
			profile.memberships.map((m) => m.group.id).join(';'),
			country.abduction?.event ?? '',
			ja.name,
			ja.abduction?.basis ?? ''
		];
	});
	return csvDownload(COUNTRY_COLUMNS, rows);
}

/** One row per dated event, oldest first, with its Japanese title, summary and venue. */
export function eventsCsv(dataset: Dataset, japanese: Dataset): string {
	const japaneseOf = twins(japanese.events, (e) => e.id);
	const rows = [...dataset.events].sort(byDate).map((e) => [
		e.id,
		e.date,
		e.dateEnd ?? '',
		e.title,
		e.summary,
		e.forum,
		e.kind,
		e.countries.join(';'),
		e.groups.join(';'),
		e.venue?.name ?? '',
		e.venue?.iso3 ?? '',
		e.venue?.basis ?? '',
		e.section,
		e.source ?? '',
		e.actors.join(';'),
		e.dateBasis ?? 'document',
		Object.entries(e.tagSections ?? {})
			.map(([tag, section]) => `${tag}=${section}`)
			.join(';'),
		japaneseOf(e.id).title,
		japaneseOf(e.id).summary,
		japaneseOf(e.id).venue?.name ?? ''
	]);
	return csvDownload(EVENT_COLUMNS, rows);
}
