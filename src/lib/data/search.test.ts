import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { normalise, searchCountries } from './search';

const first = (query: string) => searchCountries(dataset.countries, query)[0]?.country.iso3;

describe('searchCountries', () => {
	it('finds countries by the abbreviations the document uses', () => {
		expect(first('ROK')).toBe('KOR');
		expect(first('DPRK')).toBe('PRK');
		expect(first('US')).toBe('USA');
		expect(first('U.S.')).toBe('USA');
		expect(first('uk')).toBe('GBR');
	});

	it('finds by the start of a name, any case, and ranks exact and prefix matches first', () => {
		expect(first('leb')).toBe('LBN');
		expect(first('korea')).toBe('KOR'); // the alias "Korea" is exact; "North Korea" matches a word
		expect(searchCountries(dataset.countries, 'korea').map((h) => h.country.iso3)).toEqual(
			expect.arrayContaining(['KOR', 'PRK'])
		);
		expect(first('japan')).toBe('JPN');
		expect(first('  ROMANIA ')).toBe('ROU');
	});

	it('reports the alias that matched', () => {
		expect(searchCountries(dataset.countries, 'DPRK')[0]?.matched).toBe('DPRK');
	});

	it('returns nothing for an empty or unmatched query, and respects the limit', () => {
		expect(searchCountries(dataset.countries, '   ')).toEqual([]);
		expect(searchCountries(dataset.countries, 'atlantis')).toEqual([]);
		expect(searchCountries(dataset.countries, 'a', 5)).toHaveLength(5);
	});
});

it('normalise folds accents, case and punctuation', () => {
	expect(normalise('Côte d’Ivoire')).toBe('cote divoire');
	expect(normalise('U.S.')).toBe('us');
});
