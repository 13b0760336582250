/**
 * Country search: by name, by the alternatives the document uses (ROK, DPRK, US) and by ISO code.
 * Exact matches rank first, then matches at the start of a word, then anywhere. Groups (the EU,
 * the G7) are not countries: groupNamed finds them, so the box can say so.
 */
import type { Country } from './schema';

export interface SearchHit {
	country: Country;
	/** The name or alias that matched, shown when it is not the country's name. */
	matched: string;
}

/**
 * Lower case, no accents, no punctuation: "U.S." and "us" meet, as do "Côte" and "cote". Letters
 * of every script stay: 韓国 and 한국 are names too. Hangul syllables fall apart into their jamo
 * (NFD), so a syllable still being typed (부) already finds 북한.
 */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N} ]+/gu, '')
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
			// A code matches whole or from its start only: "eu" is not DEU (Germany).
			if (term === country.iso3 && score > 1) continue;
			if (score < best.score) best = { score, matched: term };
		}
		if (best.score < Infinity) hits.push({ country, matched: best.matched, score: best.score });
	}
	return hits
		.sort((a, b) => a.score - b.score || a.country.name.localeCompare(b.country.name))
		.slice(0, limit)
		.map(({ country, matched }) => ({ country, matched }));
}

/**
 * The countries a query names whole, as a word of their name or an alias: "Korea" names both
 * Koreas (South Korea's alias, a word of North Korea's name). Enter then asks which, rather than
 * open the first; "kor", a name still being typed, names none whole and Enter opens the first.
 */
export function namedWhole(hits: readonly SearchHit[], query: string): SearchHit[] {
	const q = normalise(query);
	if (!q) return [];
	return hits.filter(({ country }) =>
		[country.name, ...country.aliases].some((term) => {
			const words = normalise(term);
			return words === q || ` ${words} `.includes(` ${q} `);
		})
	);
}

/** A group the search box may be asked for by its name or short name ("EU", "G7", "ASEAN"). */
export interface NamedGroup {
	id: string;
	name: string;
}

/**
 * The group a query names, whole (its id or its name) or as the start of its name (four letters
 * or more), so the search can say that it is a group of countries and not suggest one of them.
 */
export function groupNamed<G extends NamedGroup>(
	groups: readonly G[],
	query: string
): G | undefined {
	const raw = query.trim();
	const q = normalise(query);
	if (!raw) return undefined;
	return groups.find((group) =>
		[group.id, group.name].some((term) => {
			const t = normalise(term);
			return term === raw || (q && (t === q || (q.length >= 4 && t.startsWith(q))));
		})
	);
}
