/**
 * The downloads' columns, each defined once: how its value is written (downloads.ts writes the
 * CSVs from these), its type, allowed values and description (datapackage.ts makes the Data
 * Package's table schemas from these). A column cannot be added without saying what it holds.
 */
import type { CountryProfile } from './join';
import type { Country, DocEvent } from './schema';
import { ABDUCTION_STATUSES, BASES, DATE_BASES, EVENT_KINDS, FORUMS } from './vocabulary';
import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from './translate';
import {
	BASIS_MEANING,
	DATE_BASIS_MEANING,
	FORUM_MEANING,
	KIND_MEANING,
	meanings,
	SOURCE_MEANING,
	STATUS_MEANING
} from './codebook';

/** A CSV column: how its value is written, and what the Data Package says of it. */
export interface Column<Row> {
	name: string;
	type: 'string' | 'integer';
	/** What the column holds; for coded values, what each value means. */
	description: string;
	/** The only values allowed besides an empty cell. */
	enum?: readonly string[];
	/** A pattern every non-empty cell matches. */
	pattern?: string;
	/** Never empty. */
	required?: boolean;
	/** Also a reference to a section of the document: its values are the sections' ids. */
	section?: boolean;
	value: (row: Row) => string | number;
}

const LIST = ' (;-separated)';
const ISO3_LIST = '^[A-Z]{3}(;[A-Z]{3})*$';
const SECTION =
	'the section of the document that says it (intro, 1, 1(a)-1(f), 2, 3, 4, us-congress); the outline page /document summarises each';
/** Each translated language's text columns, in the order of TRANSLATED_LANGUAGES (ja, then ko). */
const LANGUAGES = Object.keys(TRANSLATED_LANGUAGES) as TranslatedLanguage[];
const sourceNote = (language: TranslatedLanguage) => {
	const { name } = TRANSLATED_LANGUAGES[language];
	return `${name} text (from the ${name} overlay, data/${language}/)`;
};

export interface CountryRow {
	country: Country;
	profile: CountryProfile;
	/** The same country in each translated language. */
	translated: Record<TranslatedLanguage, Country>;
}

export const COUNTRY_FIELDS: readonly Column<CountryRow>[] = [
	{
		name: 'iso3',
		type: 'string',
		required: true,
		pattern: '^[A-Z]{3}$',
		description: 'ISO 3166-1 alpha-3 code of the country: the key that joins every file',
		value: (r) => r.country.iso3
	},
	{
		name: 'name',
		type: 'string',
		required: true,
		description: 'the country’s name in English',
		value: (r) => r.country.name
	},
	{
		name: 'abduction_status',
		type: 'string',
		required: true,
		enum: ABDUCTION_STATUSES,
		description: `what the document says of the country's nationals and abduction by North Korea. ${meanings(STATUS_MEANING)}`,
		value: (r) => r.profile.status
	},
	{
		name: 'abduction_basis',
		type: 'string',
		description: 'on what the document rests the status, in our words; empty for none',
		value: (r) => r.country.abduction?.basis ?? ''
	},
	{
		name: 'abduction_section',
		type: 'string',
		section: true,
		description: `for the status, ${SECTION}`,
		value: (r) => r.country.abduction?.section ?? ''
	},
	{
		name: 'event_count',
		type: 'integer',
		required: true,
		description: 'how many dated events of events.csv name the country',
		value: (r) => r.profile.events.length
	},
	{
		name: 'event_ids',
		type: 'string',
		description: `the ids of those events in events.csv${LIST}`,
		value: (r) => r.profile.events.map((e) => e.id).join(';')
	},
	{
		name: 'groups',
		type: 'string',
		description: `ids of the forums and blocs (G7, ASEAN, EU, Six-Party Talks, the Commission of Inquiry's visits...) the country belongs to, takes part in or hosts${LIST}; whether membership is from the document or context is in dataset.json`,
		value: (r) => r.profile.memberships.map((m) => m.group.id).join(';')
	},
	{
		name: 'abduction_event',
		type: 'string',
		description:
			'for a single-case status, the id of the event in events.csv whose text mentions the case',
		value: (r) => r.country.abduction?.event ?? ''
	},
	...LANGUAGES.flatMap((language): Column<CountryRow>[] => [
		{
			name: `name_${language}`,
			type: 'string',
			required: true,
			description: `the country's name in ${sourceNote(language)}`,
			value: (r) => r.translated[language].name
		},
		{
			name: `abduction_basis_${language}`,
			type: 'string',
			description: `abduction_basis in ${sourceNote(language)}`,
			value: (r) => r.translated[language].abduction?.basis ?? ''
		}
	])
];

export interface EventRow {
	event: DocEvent;
	/** The same event in each translated language. */
	translated: Record<TranslatedLanguage, DocEvent>;
}

export const EVENT_FIELDS: readonly Column<EventRow>[] = [
	{
		name: 'id',
		type: 'string',
		required: true,
		pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
		description: 'the event’s id, as countries.csv lists it',
		value: (r) => r.event.id
	},
	{
		name: 'date',
		type: 'string',
		required: true,
		pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
		description:
			'when: YYYY-MM or YYYY-MM-DD, exactly as precise as the document (a month is not a day); see date_basis',
		value: (r) => r.event.date
	},
	{
		name: 'date_end',
		type: 'string',
		pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
		description: 'for an event the document places only between two dates, the later one',
		value: (r) => r.event.dateEnd ?? ''
	},
	{
		name: 'title',
		type: 'string',
		required: true,
		description: 'a short title, in our words',
		value: (r) => r.event.title
	},
	{
		name: 'summary',
		type: 'string',
		required: true,
		description: 'what happened, in our words (never the document’s sentences)',
		value: (r) => r.event.summary
	},
	{
		name: 'forum',
		type: 'string',
		required: true,
		enum: FORUMS,
		description: `where the event happened. ${meanings(FORUM_MEANING)}`,
		value: (r) => r.event.forum
	},
	{
		name: 'kind',
		type: 'string',
		required: true,
		enum: EVENT_KINDS,
		description: `what sort of event it is. ${meanings(KIND_MEANING)}`,
		value: (r) => r.event.kind
	},
	{
		name: 'countries',
		type: 'string',
		pattern: ISO3_LIST,
		description: `ISO alpha-3 codes of the countries the document names in the event${LIST}`,
		value: (r) => r.event.countries.join(';')
	},
	{
		name: 'groups',
		type: 'string',
		description: `ids of the forums or blocs the event involves${LIST}`,
		value: (r) => r.event.groups.join(';')
	},
	{
		name: 'venue',
		type: 'string',
		description: 'where the event was held, when known; see venue_basis',
		value: (r) => r.event.venue?.name ?? ''
	},
	{
		name: 'venue_iso3',
		type: 'string',
		pattern: '^[A-Z]{3}$',
		description: 'the ISO alpha-3 code of the venue’s country',
		value: (r) => r.event.venue?.iso3 ?? ''
	},
	{
		name: 'venue_basis',
		type: 'string',
		enum: BASES,
		description: `how the venue is known. ${meanings(BASIS_MEANING)}`,
		value: (r) => r.event.venue?.basis ?? ''
	},
	{
		name: 'section',
		type: 'string',
		required: true,
		section: true,
		description: SECTION,
		value: (r) => r.event.section
	},
	{
		name: 'source',
		type: 'string',
		enum: ['photo caption'],
		description: `empty when the fact is in the running text. ${meanings(SOURCE_MEANING)}`,
		value: (r) => r.event.source ?? ''
	},
	{
		name: 'actors',
		type: 'string',
		description: `who acted: ISO codes from countries or ids from groups${LIST}; empty when the document does not say. The map draws lines from an actor to the other countries`,
		value: (r) => r.event.actors.join(';')
	},
	{
		name: 'date_basis',
		type: 'string',
		required: true,
		enum: DATE_BASES,
		description: `how the date is known. ${meanings(DATE_BASIS_MEANING)}`,
		value: (r) => r.event.dateBasis ?? 'document'
	},
	{
		name: 'tag_sections',
		type: 'string',
		pattern: '^[A-Za-z0-9-]+=[^;=]+(;[A-Za-z0-9-]+=[^;=]+)*$',
		description: `for a country or group the document places in this event in another section: code=section${LIST} (e.g. JPN=1(a), where the document says who co-tabled)`,
		value: (r) =>
			Object.entries(r.event.tagSections ?? {})
				.map(([tag, section]) => `${tag}=${section}`)
				.join(';')
	},
	...LANGUAGES.flatMap((language): Column<EventRow>[] => [
		{
			name: `title_${language}`,
			type: 'string',
			required: true,
			description: `title in ${sourceNote(language)}`,
			value: (r) => r.translated[language].title
		},
		{
			name: `summary_${language}`,
			type: 'string',
			required: true,
			description: `summary in ${sourceNote(language)}`,
			value: (r) => r.translated[language].summary
		},
		{
			name: `venue_${language}`,
			type: 'string',
			description: `venue in ${sourceNote(language)}`,
			value: (r) => r.translated[language].venue?.name ?? ''
		}
	])
];

export const COUNTRY_COLUMNS = COUNTRY_FIELDS.map((f) => f.name);
export const EVENT_COLUMNS = EVENT_FIELDS.map((f) => f.name);
