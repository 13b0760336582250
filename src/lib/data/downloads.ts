/** The download files: a user-facing contract (column names and formats are documented in the README). */
import { toCsv } from './csv';
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
	'abduction_event'
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
	'tag_sections'
] as const;

export function countriesCsv(dataset: Dataset): string {
	const rows = dataset.countries.map((country) => {
		const profile = profileOf(dataset, country.iso3)!;
		return [
			country.iso3,
			country.name,
			profile.status,
			country.abduction?.basis ?? '',
			country.abduction?.section ?? '',
			profile.events.length,
			profile.events.map((e) => e.id).join(';'),
			profile.memberships.map((m) => m.group.id).join(';'),
			country.abduction?.event ?? ''
		];
	});
	return toCsv(COUNTRY_COLUMNS, rows);
}

export function eventsCsv(dataset: Dataset): string {
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
			.join(';')
	]);
	return toCsv(EVENT_COLUMNS, rows);
}
