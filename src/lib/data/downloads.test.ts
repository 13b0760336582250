import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { dataset, datasetFor, translatedDatasets } from './dataset';
import { countriesCsv, datasetJson, eventsCsv, COUNTRY_COLUMNS, EVENT_COLUMNS } from './downloads';
import { parseCsv, UTF8_BOM } from './csv';

const japanese = datasetFor('ja');
const korean = datasetFor('ko');
const translations = translatedDatasets();
const countries = countriesCsv(dataset, translations);
const events = eventsCsv(dataset, translations);

/** Rows as records by column name, read the way a d3-dsv user would (BOM stripped first). */
const records = (csv: string) => csvParse(csv.replace(/^\uFEFF/, ''));

describe('the CSV downloads', () => {
	it('start with a UTF-8 byte-order mark, and still read iso3 as the first column', () => {
		for (const csv of [countries, events])
			expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(countries.startsWith(UTF8_BOM + 'iso3,')).toBe(true);
		expect(records(countries).columns[0]).toBe('iso3');
		expect(parseCsv(countries)[0]![0]).toBe('iso3');
		expect(parseCsv(events)[0]![0]).toBe('id');
	});

	it('keep the English columns in place and add the Japanese, then the Korean, at the end', () => {
		expect(COUNTRY_COLUMNS.slice(0, 3)).toEqual(['iso3', 'name', 'abduction_status']);
		expect(COUNTRY_COLUMNS.slice(-4)).toEqual([
			'name_ja',
			'abduction_basis_ja',
			'name_ko',
			'abduction_basis_ko'
		]);
		expect(EVENT_COLUMNS.slice(0, 5)).toEqual(['id', 'date', 'date_end', 'title', 'summary']);
		expect(EVENT_COLUMNS.slice(-6)).toEqual([
			'title_ja',
			'summary_ja',
			'venue_ja',
			'title_ko',
			'summary_ko',
			'venue_ko'
		]);
	});

	it('give each country its Korean name and basis, in Hangul', () => {
		const byIso = new Map(records(countries).map((r) => [r.iso3, r]));
		expect(byIso.get('KOR')).toMatchObject({ name: 'South Korea', name_ko: '한국' });
		expect(byIso.get('PRK')!.name_ko).toBe('북한');
		expect(byIso.get('THA')!.abduction_basis_ko).toContain('가능성이 있다');
		for (const row of records(countries)) expect(row.name_ko, row.iso3).toMatch(/[\uac00-\ud7af]/);
	});

	it('write one countries row per country with the contract columns', () => {
		const [header, ...rows] = parseCsv(countries);
		expect(header).toEqual([...COUNTRY_COLUMNS]);
		expect(rows).toHaveLength(dataset.countries.length);
		const byCode = new Map(records(countries).map((r) => [r.iso3, r]));
		const thailand = byCode.get('THA')!;
		expect(thailand.abduction_status).toBe('possible');
		expect(byCode.get('USA')).toMatchObject({
			abduction_status: 'single-case',
			abduction_event: 'us-house-resolution-2016-09'
		});
		expect(thailand.event_ids!.split(';')).toContain('coi-visits-2013');
		expect(Number(thailand.event_count)).toBe(thailand.event_ids!.split(';').length);
	});

	it('give each country its Japanese name and basis beside the English', () => {
		for (const row of records(countries)) {
			const ja = japanese.countries.find((c) => c.iso3 === row.iso3)!;
			const en = dataset.countries.find((c) => c.iso3 === row.iso3)!;
			expect(row.name).toBe(en.name);
			expect(row.name_ja).toBe(ja.name);
			expect(row.abduction_basis_ja).toBe(ja.abduction?.basis ?? '');
		}
		const korea = records(countries).find((r) => r.iso3 === 'KOR')!;
		expect(korea).toMatchObject({ name: 'South Korea', name_ja: '韓国' });
		expect(korea.abduction_basis_ja).toMatch(/韓国/);
	});

	it('write events with real date precision and ;-separated countries', () => {
		const [header, ...rows] = parseCsv(events);
		expect(header).toEqual([...EVENT_COLUMNS]);
		expect(rows).toHaveLength(dataset.events.length);
		for (const row of rows) {
			expect(row[1]).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
			expect(row[7]).toMatch(/^([A-Z]{3}(;[A-Z]{3})*)?$/);
		}
		const byId = new Map(records(events).map((r) => [r.id, r]));
		expect(byId.get('six-party-session-2007-09-27')!.date).toBe('2007-09-27');
		expect(byId.get('us-house-resolution-2016-09')!.actors).toBe('USA');
		expect(byId.get('coi-visits-2013')).toMatchObject({ actors: 'coi', date_basis: 'inferred' });
		expect(byId.get('ga-resolution-2014-12')!.tag_sections).toBe('JPN=1(a);eu=1(a)');
	});

	it('give each event its Japanese title, summary and venue', () => {
		for (const row of records(events)) {
			const ja = japanese.events.find((e) => e.id === row.id)!;
			expect(row).toMatchObject({
				title_ja: ja.title,
				summary_ja: ja.summary,
				venue_ja: ja.venue?.name ?? ''
			});
			expect(row.title_ja).not.toBe(row.title);
			const ko = korean.events.find((e) => e.id === row.id)!;
			expect(row).toMatchObject({
				title_ko: ko.title,
				summary_ko: ko.summary,
				venue_ko: ko.venue?.name ?? ''
			});
			expect(row.title_ko).toMatch(/[\uac00-\ud7af]/);
		}
		expect(records(events).find((r) => r.id === 'g7-charlevoix-2018-06')).toMatchObject({
			venue: 'Charlevoix, Canada',
			venue_ja: 'カナダ・シャルルボワ',
			venue_ko: '캐나다 샤를부아'
		});
	});

	it('refuse to write a file whose Japanese twin is missing a record', () => {
		const short = { ...japanese, events: japanese.events.slice(1) };
		expect(() => eventsCsv(dataset, { ...translations, ja: short })).toThrow(
			/no Japanese record for/
		);
		const shortKo = { ...korean, countries: korean.countries.slice(1) };
		expect(() => countriesCsv(dataset, { ...translations, ko: shortKo })).toThrow(
			/no Korean record for "JPN"/
		);
	});
});

describe('the JSON download', () => {
	it('carries the source, version, build date, licence and credit beside the records', () => {
		const json = datasetJson(dataset, translations, '2026-05-04');
		expect(json.provenance).toMatchObject({
			source: {
				publisher: 'Ministry of Foreign Affairs of Japan',
				date: '2018-12-28',
				whereToFind: expect.stringContaining('“Japan-North Korea Relations” pages')
			},
			version: dataset.document.release.version,
			buildDate: '2026-05-04',
			licence: { name: 'CC-BY-4.0' },
			credit: "Abductions by North Korea: Japan's account of international efforts"
		});
		expect(json.events).toBe(dataset.events);
		expect(json.ja).toBe(japanese);
		expect(json.ko).toBe(korean);
	});
});
