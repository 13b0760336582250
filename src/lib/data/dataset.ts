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
import documentJa from '../../../data/ja/document.json';
import countriesJa from '../../../data/ja/countries.json';
import eventsJa from '../../../data/ja/events.json';
import recurringJa from '../../../data/ja/recurring.json';
import groupsJa from '../../../data/ja/groups.json';
import { datasetFromFiles, type RawDataFiles } from './files';
import type { Dataset } from './schema';
import { translateDataset, type DataOverlays } from './translate';
import type { Locale } from '$lib/i18n/locale';
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

/** The Japanese text of data/ja/, checked at build time like the rest (validateTranslations). */
export const JAPANESE_OVERLAYS: DataOverlays = {
	'document.json': documentJa,
	'countries.json': countriesJa,
	'events.json': eventsJa,
	'recurring.json': recurringJa,
	'groups.json': groupsJa
};

const datasets: Record<Locale, Dataset> = {
	en: dataset,
	ja: translateDataset(dataset, JAPANESE_OVERLAYS)
};

/** The dataset in a language: same records, ids, codes and dates; only the words differ. */
export function datasetFor(locale: Locale): Dataset {
	return datasets[locale];
}

/** Names by code, looked up by every page that links, lists or labels a country or forum. */
function namesOf(data: Dataset) {
	return {
		countries: new Map(data.countries.map((c) => [c.iso3, c.name])) as ReadonlyMap<string, string>,
		groups: new Map(data.groups.map((g) => [g.id, g.name])) as ReadonlyMap<string, string>
	};
}
const names: Record<Locale, ReturnType<typeof namesOf>> = {
	en: namesOf(datasets.en),
	ja: namesOf(datasets.ja)
};

/** Country names by ISO alpha-3, in a language. */
export function countryNamesFor(locale: Locale): ReadonlyMap<string, string> {
	return names[locale].countries;
}

/** Forum names by id, in a language. */
export function groupNamesFor(locale: Locale): ReadonlyMap<string, string> {
	return names[locale].groups;
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
