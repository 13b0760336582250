import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { dataFor } from '$lib/i18n/data';
import { groupNamed, namedWhole, normalise, searchCountries } from './search';

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

	it('knows when a whole word names more than one country, and when a name is still being typed', () => {
		const whole = (query: string) =>
			namedWhole(searchCountries(dataset.countries, query), query).map((h) => h.country.iso3);
		expect(whole('Korea').sort()).toEqual(['KOR', 'PRK']);
		expect(whole('korea ')).toHaveLength(2);
		expect(whole('kor')).toEqual([]);
		expect(whole('South Korea')).toEqual(['KOR']);
		expect(whole('ROK')).toEqual(['KOR']);
		expect(whole('leb')).toEqual([]);
		const korean = dataFor('ko').dataset.countries;
		expect(namedWhole(searchCountries(korean, '한국'), '한국').map((h) => h.country.iso3)).toEqual([
			'KOR'
		]);
	});

	it('finds countries by their Korean and Japanese names and aliases', () => {
		const korean = dataFor('ko').dataset.countries;
		const firstKo = (query: string) => searchCountries(korean, query)[0]?.country.iso3;
		expect(firstKo('한국')).toBe('KOR');
		expect(firstKo('대한민국')).toBe('KOR');
		expect(firstKo('북한')).toBe('PRK');
		expect(firstKo('조선민주주의인민공화국')).toBe('PRK');
		expect(firstKo('미국')).toBe('USA');
		expect(firstKo('중국')).toBe('CHN');
		expect(firstKo('태국')).toBe('THA');
		expect(firstKo('레바논')).toBe('LBN');
		expect(firstKo('루마니아')).toBe('ROU');
		// A syllable still being typed: 부 is the start of 북.
		expect(firstKo('부')).toBe('PRK');
		// The document's own abbreviations work on the Korean page too.
		expect(firstKo('ROK')).toBe('KOR');
		const japanese = dataFor('ja').dataset.countries;
		expect(searchCountries(japanese, '韓国')[0]?.country.iso3).toBe('KOR');
		expect(searchCountries(japanese, 'レバノン')[0]?.country.iso3).toBe('LBN');
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

describe('a group is not a country', () => {
	it('"EU" suggests no member state (DEU holds the letters, not the meaning)', () => {
		expect(searchCountries(dataset.countries, 'EU')).toEqual([]);
		expect(searchCountries(dataset.countries, 'eu', 50).map((h) => h.country.iso3)).not.toContain(
			'DEU'
		);
		// Codes still match whole or from their start.
		expect(first('DEU')).toBe('DEU');
		expect(searchCountries(dataset.countries, 'de').map((h) => h.country.iso3)).toContain('DEU');
	});

	it('groupNamed finds the group by short name, name or the start of the name, in both languages', () => {
		const groups = dataset.groups;
		expect(groupNamed(groups, 'EU')?.id).toBe('eu');
		expect(groupNamed(groups, ' european union ')?.id).toBe('eu');
		expect(groupNamed(groups, 'Europ')?.id).toBe('eu');
		expect(groupNamed(groups, 'g7')?.id).toBe('g7');
		expect(groupNamed(groups, 'ASEAN')?.id).toBe('asean');
		// Short fragments and countries are not groups.
		expect(groupNamed(groups, 'e')).toBeUndefined();
		expect(groupNamed(groups, 'Germany')).toBeUndefined();
		expect(groupNamed(groups, '')).toBeUndefined();
		const ja = dataFor('ja').dataset.groups;
		const eu = ja.find((g) => g.id === 'eu')!;
		expect(groupNamed(ja, eu.name)?.id).toBe('eu');
		expect(groupNamed(ja, 'EU')?.id).toBe('eu');
	});
});
