/**
 * Country search: by name, by the alternatives the document uses (ROK, DPRK, US) and by ISO code.
 * Exact matches rank first, then matches at the start of a word, then anywhere.
 */
import type { Country } from './schema';

export interface SearchHit {
	country: Country;
	/** The name or alias that matched, shown when it is not the country's name. */
	matched: string;
}

/** Lower case, no accents, no punctuation: "U.S." and "us" meet, as do "Côte" and "cote". */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9 ]+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

function rank(term: string, query: string): number {
	if (term === query) return 0;
	if (term.startsWith(query)) return 1;
	if (term.split(' ').some((word) => word.startsWith(query))) return 2;
	if (term.includes(query)) return 3;
	return Infinity;
}

export function searchCountries(
	countries: readonly Country[],
	query: string,
	limit = 8
): SearchHit[] {
	const q = normalise(query);
	if (!q) return [];
	const hits: (SearchHit & { score: number })[] = [];
	for (const country of countries) {
		let best: { score: number; matched: string } = { score: Infinity, matched: country.name };
		for (const term of [country.name, ...country.aliases, country.iso3]) {
			const score = rank(normalise(term), q);
			if (score < best.score) best = { score, matched: term };
		}
		if (best.score < Infinity) hits.push({ country, matched: best.matched, score: best.score });
	}
	return hits
		.sort((a, b) => a.score - b.score || a.country.name.localeCompare(b.country.name))
		.slice(0, limit)
		.map(({ country, matched }) => ({ country, matched }));
}
