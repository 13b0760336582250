import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataset, datasetFor, countryNamesFor, groupNamesFor } from './dataset';
import { catalog } from '$lib/i18n/ja/catalog';
import { catalog as koreanCatalog } from '$lib/i18n/ko/catalog';

const JAPANESE_OVERLAYS = catalog.overlays;
const KOREAN_OVERLAYS = koreanCatalog.overlays;
import { isJapanese, translateDataset, type DataOverlays } from './translate';
import { DatasetError, validateTranslations } from './validate';
import { DATA_FILE_NAMES } from './files';
import { dataFor } from '$lib/i18n/data';

/** Keys whose values are codes, enums, dates or references: the same in every language. */
const CODE_KEYS = new Set([
	'iso3',
	'id',
	'status',
	'section',
	'event',
	'date',
	'dateEnd',
	'dateBasis',
	'forum',
	'kind',
	'countries',
	'groups',
	'actors',
	'members',
	'participants',
	'membersBasis',
	'source',
	'from',
	'until',
	'asOf'
]);

interface Leaf {
	path: (string | number)[];
	value: string;
}

function stringLeaves(value: unknown, path: (string | number)[] = []): Leaf[] {
	if (typeof value === 'string') return [{ path, value }];
	if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
	return [];
}

const at = (root: unknown, path: (string | number)[]) =>
	path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], root);

/** A code, unless it is the `basis` of an abduction (text) rather than of a venue or host (enum). */
function isCode(path: (string | number)[]): boolean {
	const keys = path.filter((k): k is string => typeof k === 'string');
	const [parent, last] = keys.slice(-2);
	if (parent === 'tagSections') return true;
	// The data's version and licence are codes; only the licence's title is said in each language.
	if (keys.includes('release')) return last !== 'title';
	if (last === 'basis') return parent !== 'abduction';
	return CODE_KEYS.has(last!);
}

const japanese = datasetFor('ja');

describe('the dataset in Japanese', () => {
	it('gives every English text field a Japanese twin, and keeps every code as it is', () => {
		const leaves = stringLeaves(dataset);
		let texts = 0;
		for (const { path, value } of leaves) {
			const where = path.join('.');
			const twin = at(japanese, path);
			if (path.includes('aliases')) continue; // checked below: Japanese names come first
			if (isCode(path)) {
				expect(twin, where).toBe(value);
			} else {
				texts++;
				expect(typeof twin, where).toBe('string');
				expect(isJapanese(twin as string), `${where}: ${String(twin)}`).toBe(true);
				expect(twin, where).not.toBe(value);
			}
		}
		// Titles, summaries, names, bases, notes, venues, section titles: well over a hundred.
		expect(texts).toBeGreaterThan(150);
		expect(stringLeaves(japanese).length).toBeGreaterThanOrEqual(leaves.length);
	});

	it('keeps the English aliases (ROK, DPRK…) after the Japanese ones, for search', () => {
		japanese.countries.forEach((country, i) => {
			const english = dataset.countries[i]!;
			expect(country.iso3).toBe(english.iso3);
			const added = country.aliases.length - english.aliases.length;
			expect(country.aliases.slice(added)).toEqual(english.aliases);
			for (const alias of country.aliases.slice(0, added))
				expect(isJapanese(alias), alias).toBe(true);
		});
		expect(japanese.countries.find((c) => c.iso3 === 'PRK')!.aliases).toContain(
			'朝鮮民主主義人民共和国'
		);
		expect(japanese.countries.find((c) => c.iso3 === 'KOR')!.aliases).toContain('大韓民国');
	});

	it('uses the established Japanese names', () => {
		const names = countryNamesFor('ja');
		expect(names.get('PRK')).toBe('北朝鮮');
		expect(names.get('KOR')).toBe('韓国');
		expect(names.get('USA')).toBe('米国');
		expect(groupNamesFor('ja').get('un-hrc')).toBe('国連人権理事会');
		expect(groupNamesFor('ja').get('six-party')).toBe('六者会合');
		expect(countryNamesFor('en').get('PRK')).toBe('North Korea');
	});

	it('summarises each country alike in both languages, named in each', () => {
		const english = dataFor('en').summaries;
		const japaneseSummaries = dataFor('ja').summaries;
		expect([...japaneseSummaries.keys()]).toEqual([...english.keys()]);
		for (const [code, summary] of english)
			expect(japaneseSummaries.get(code)).toEqual({
				...summary,
				name: countryNamesFor('ja').get(code)
			});
		expect(japaneseSummaries.get('LBN')!.name).toBe('レバノン');
	});

	it('leaves the English dataset as it was', () => {
		expect(datasetFor('en')).toBe(dataset);
		const files = DATA_FILE_NAMES.map((name) =>
			JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8'))
		);
		expect(dataset.document).toEqual(files[0]);
		expect(dataset.events).toEqual(files[2].events);
	});

	it('passes the build’s rule: every record has every text field in both languages', () => {
		expect(() => validateTranslations(dataset, JAPANESE_OVERLAYS)).not.toThrow();
	});
});

describe('validateTranslations', () => {
	const copy = (): DataOverlays => structuredClone(JAPANESE_OVERLAYS);
	const problemsOf = (overlays: unknown): string[] => {
		try {
			validateTranslations(dataset, overlays);
			return [];
		} catch (error) {
			expect(error).toBeInstanceOf(DatasetError);
			return (error as DatasetError).problems;
		}
	};

	it('names the file, the record and the field of a missing translation', () => {
		const overlays = copy();
		delete overlays['events.json'].events['g7-charlevoix-2018-06']!.venue;
		delete overlays['groups.json'].groups['eu'];
		expect(problemsOf(overlays)).toEqual([
			'data/ja/events.json: events "g7-charlevoix-2018-06", field "venue.name": has no Japanese text',
			'data/ja/groups.json: groups "eu", field "(whole record)": has no Japanese text'
		]);
	});

	it('finds English left over, and stray spaces', () => {
		const overlays = copy();
		overlays['countries.json'].countries['LBN']!.abduction!.basis = 'Returnees say so.';
		overlays['document.json'].sections['2']!.title = ' 2. 六者会合';
		expect(problemsOf(overlays)).toEqual([
			'data/ja/document.json: sections "2", field "title": has spaces around it',
			'data/ja/countries.json: countries "LBN", field "abduction.basis": is not Japanese: "Returnees say so."'
		]);
	});

	it('refuses records and fields the English data does not have', () => {
		const overlays = copy();
		overlays['events.json'].events['no-such-event'] = { title: '架空', summary: '架空の出来事' };
		Object.assign(overlays['recurring.json'].recurring['every-opportunity']!, { forum: '国連' });
		overlays['events.json'].events['coi-report-2014-02']!.venue = { name: 'ジュネーブ' };
		expect(problemsOf(overlays)).toEqual([
			'data/ja/events.json: events "coi-report-2014-02", field "venue.name": is not a text field of the English record',
			'data/ja/events.json: events "no-such-event", field "(whole record)": translates a record that data/events.json does not have',
			'data/ja/recurring.json: recurring "every-opportunity", field "forum": is not a text field of the English record'
		]);
	});

	it('reports a missing file rather than throwing on it', () => {
		const overlays: Partial<DataOverlays> = copy();
		delete overlays['recurring.json'];
		const problems = problemsOf(overlays);
		expect(problems).toHaveLength(dataset.recurring.length);
		expect(problems[0]).toMatch(/^data\/ja\/recurring\.json: recurring "every-opportunity"/);
	});

	it('checks the Korean overlay by its own script, naming data/ko/', () => {
		const korean = structuredClone(KOREAN_OVERLAYS);
		expect(() => validateTranslations(dataset, korean, 'ko')).not.toThrow();
		korean['countries.json'].countries['THA']!.abduction!.basis =
			'タイ人が拉致された可能性がある。';
		delete korean['events.json'].events['g7-charlevoix-2018-06'];
		let problems: string[] = [];
		try {
			validateTranslations(dataset, korean, 'ko');
		} catch (error) {
			problems = (error as DatasetError).problems;
		}
		expect(problems).toEqual([
			'data/ko/countries.json: countries "THA", field "abduction.basis": is not Korean: "タイ人が拉致された可能性がある。"',
			'data/ko/events.json: events "g7-charlevoix-2018-06", field "(whole record)": has no Korean text'
		]);
	});

	it('accepts the acronyms Japanese writes in Latin letters, and nothing else in Latin', () => {
		expect(isJapanese('G7')).toBe(true);
		expect(isJapanese('ASEAN')).toBe(true);
		expect(isJapanese('国連人権理事会')).toBe(true);
		expect(isJapanese('タイ')).toBe(true);
		expect(isJapanese('United Nations')).toBe(false);
		expect(isJapanese('G20')).toBe(false);
	});
});

describe('translateDataset', () => {
	it('keeps the English text of a record it has no overlay for (synthetic benchmark copies)', () => {
		const extra = { ...dataset.events[0]!, id: 'copy-x1' };
		const translated = translateDataset(
			{ ...dataset, events: [...dataset.events, extra] },
			JAPANESE_OVERLAYS
		);
		expect(translated.events.at(-1)).toEqual(extra);
		expect(translated.events[0]!.title).toBe(
			JAPANESE_OVERLAYS['events.json'].events[dataset.events[0]!.id]!.title
		);
	});
});
