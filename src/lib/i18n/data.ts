/**
 * The dataset as a page in a language reads it: records, country and forum names, and the joined
 * summaries. One door, so the pages do not care where each language's words are kept.
 */
import { countryNames, dataset, groupNames, summaries } from '$lib/data/dataset';
import type { Dataset } from '$lib/data/schema';
import type { CountrySummary } from '$lib/data/join';
import { STEPS, type Step } from '$lib/present/steps';
import type { Locale } from './locale';

export interface LocalData {
	dataset: Dataset;
	countryNames: ReadonlyMap<string, string>;
	groupNames: ReadonlyMap<string, string>;
	summaries: ReadonlyMap<string, CountrySummary>;
}

const ENGLISH: LocalData = { dataset, countryNames, groupNames, summaries };

// Until the data carries its Japanese, both languages read the English records.
export function dataFor(locale: Locale): LocalData {
	void locale;
	return ENGLISH;
}

/** The classroom walk's steps in a language (the same steps, maps and sections in both). */
export function localSteps(locale: Locale): readonly Step[] {
	void locale;
	return STEPS;
}
