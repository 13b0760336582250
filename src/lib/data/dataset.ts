/**
 * The one dataset, read from data/. It is validated before anything is built (vite.config.ts:
 * invalid data stops the build, naming file, record and field) and in the tests
 * (dataset.test.ts), so the pages read it as is and the browser never loads the validator.
 */
import documentJson from '../../../data/document.json';
import countriesJson from '../../../data/countries.json';
import eventsJson from '../../../data/events.json';
import recurringJson from '../../../data/recurring.json';
import groupsJson from '../../../data/groups.json';
import { datasetFromFiles, type RawDataFiles } from './files';
import type { Dataset } from './schema';
import { translateDataset } from './translate';
import { LOCALES, type Locale } from '$lib/i18n/locale';
import { catalogOf, type OtherLocale } from '$lib/i18n/catalogs';
import { countrySummaries, type CountrySummary } from './join';
import { timed } from '$lib/timing';

/**
 * Data files standing in for data/ in a scale build only (DATASET_SCALE=50, see vite.config.ts):
 * a synthetic dataset many times the real one, shipped and read like the real one.
 * `null` in every real build.
 */
declare const __SYNTHETIC_DATA_FILES__: RawDataFiles | null;

const files: RawDataFiles = __SYNTHETIC_DATA_FILES__ ?? {
	'document.json': documentJson,
	'countries.json': countriesJson,
	'events.json': eventsJson,
	'recurring.json': recurringJson,
	'groups.json': groupsJson
};

export const dataset: Dataset = datasetFromFiles(files);

/** Names by code, looked up by every page that links, lists or labels a country or forum. */
function namesOf(data: Dataset) {
	return {
		countries: new Map(data.countries.map((c) => [c.iso3, c.name])) as ReadonlyMap<string, string>,
		groups: new Map(data.groups.map((g) => [g.id, g.name])) as ReadonlyMap<string, string>
	};
}

interface Translated {
	dataset: Dataset;
	names: ReturnType<typeof namesOf>;
}
const english: Translated = { dataset, names: namesOf(dataset) };
const translated = new Map<OtherLocale, Translated>();

/** The dataset in another language, made from its overlay once the language is loaded. */
function inLocale(locale: Locale): Translated {
	if (locale === 'en') return english;
	let found = translated.get(locale);
	if (!found) {
		const data = translateDataset(dataset, catalogOf(locale).overlays);
		found = { dataset: data, names: namesOf(data) };
		translated.set(locale, found);
	}
	return found;
}

/** The dataset in a language: same records, ids, codes and dates; only the words differ. */
export function datasetFor(locale: Locale): Dataset {
	return inLocale(locale).dataset;
}

/** The dataset in every language but English, by locale: what the downloads carry beside English. */
export function translatedDatasets(): Record<OtherLocale, Dataset> {
	const others = LOCALES.filter((locale): locale is OtherLocale => locale !== 'en');
	return Object.fromEntries(others.map((locale) => [locale, datasetFor(locale)])) as Record<
		OtherLocale,
		Dataset
	>;
}

/** Country names by ISO alpha-3, in a language. */
export function countryNamesFor(locale: Locale): ReadonlyMap<string, string> {
	return inLocale(locale).names.countries;
}

/** Forum names by id, in a language. */
export function groupNamesFor(locale: Locale): ReadonlyMap<string, string> {
	return inLocale(locale).names.groups;
}

/** Country names by ISO alpha-3: what every page links, lists and labels. */
export const countryNames: ReadonlyMap<string, string> = countryNamesFor('en');

/** Forum names by id. */
export const groupNames: ReadonlyMap<string, string> = groupNamesFor('en');

/**
 * Every country's status and event count, joined once for the map, its tooltips and the tables.
 * Timed so `npm run bench -- --scale` can show how the join grows with the data.
 */
export const summaries: ReadonlyMap<string, CountrySummary> = timed('join:summaries', () =>
	countrySummaries(dataset)
);
