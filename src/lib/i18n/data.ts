/**
 * The dataset as a page in a language reads it: records, country and forum names and the joined
 * summaries (the classroom's steps are in $lib/present/steps). One door, so the pages do not care
 * where each language's words are kept.
 */
import {
	countryNamesFor,
	datasetFor,
	groupNamesFor,
	summaries as englishSummaries
} from '$lib/data/dataset';
import type { Dataset } from '$lib/data/schema';
import { countrySummaries, type CountrySummary } from '$lib/data/join';
import type { Locale } from './locale';

export interface LocalData {
	dataset: Dataset;
	countryNames: ReadonlyMap<string, string>;
	groupNames: ReadonlyMap<string, string>;
	summaries: ReadonlyMap<string, CountrySummary>;
}

const cache = new Map<Locale, LocalData>();

export function dataFor(locale: Locale): LocalData {
	let found = cache.get(locale);
	if (!found) {
		const dataset = datasetFor(locale);
		found = {
			dataset,
			countryNames: countryNamesFor(locale),
			groupNames: groupNamesFor(locale),
			// The same join; only the names in it differ. English reuses the one already made.
			summaries: locale === 'en' ? englishSummaries : countrySummaries(dataset)
		};
		cache.set(locale, found);
	}
	return found;
}
