/** The one validated dataset. Importing this module fails (and so fails the build) if data/ is invalid. */
import documentJson from '../../../data/document.json';
import countriesJson from '../../../data/countries.json';
import eventsJson from '../../../data/events.json';
import recurringJson from '../../../data/recurring.json';
import groupsJson from '../../../data/groups.json';
import { validateDataset, type RawDataFiles } from './validate';

/**
 * Data files standing in for data/ in a scale build only (DATASET_SCALE=50, see vite.config.ts):
 * a synthetic dataset many times the real one, shipped and validated like the real one.
 * `null` in every real build.
 */
declare const __SYNTHETIC_DATA_FILES__: RawDataFiles | null;

export const dataset = validateDataset(
	__SYNTHETIC_DATA_FILES__ ?? {
		'document.json': documentJson,
		'countries.json': countriesJson,
		'events.json': eventsJson,
		'recurring.json': recurringJson,
		'groups.json': groupsJson
	}
);
