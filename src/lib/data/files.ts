/** How a Dataset is stored: the five JSON files of `data/`, and the mapping both ways. */
import type { Dataset } from './schema.ts';

/** The files of data/, in the order they are read. */
export const DATA_FILE_NAMES = [
	'document.json',
	'countries.json',
	'events.json',
	'recurring.json',
	'groups.json'
] as const;

export interface RawDataFiles {
	'document.json': unknown;
	'countries.json': unknown;
	'events.json': unknown;
	'recurring.json': unknown;
	'groups.json': unknown;
}

/** The files' contents as a Dataset, unchecked: for data that has already passed validateDataset. */
export function datasetFromFiles(files: RawDataFiles): Dataset {
	const countries = files['countries.json'] as Pick<Dataset, 'otherNationals' | 'countries'>;
	return {
		document: files['document.json'] as Dataset['document'],
		otherNationals: countries.otherNationals,
		countries: countries.countries,
		events: (files['events.json'] as Pick<Dataset, 'events'>).events,
		recurring: (files['recurring.json'] as Pick<Dataset, 'recurring'>).recurring,
		groups: (files['groups.json'] as Pick<Dataset, 'groups'>).groups
	};
}

/** A dataset written back as the files it is read from. */
export function datasetToFiles(dataset: Dataset): RawDataFiles {
	return {
		'document.json': dataset.document,
		'countries.json': { otherNationals: dataset.otherNationals, countries: dataset.countries },
		'events.json': { events: dataset.events },
		'recurring.json': { recurring: dataset.recurring },
		'groups.json': { groups: dataset.groups }
	};
}
