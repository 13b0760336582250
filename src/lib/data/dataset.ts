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

/** Country names by ISO alpha-3: what every page links, lists and labels. */
export const countryNames: ReadonlyMap<string, string> = new Map(
	dataset.countries.map((c) => [c.iso3, c.name])
);

/** Forum names by id. */
export const groupNames: ReadonlyMap<string, string> = new Map(
	dataset.groups.map((g) => [g.id, g.name])
);

/**
 * Every country's status and event count, joined once for the map, its tooltips and the tables.
 * Timed so `npm run bench -- --scale` can show how the join grows with the data.
 */
export const summaries: ReadonlyMap<string, CountrySummary> = timed('join:summaries', () =>
	countrySummaries(dataset)
);
