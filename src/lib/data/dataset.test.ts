/** Facts about the committed dataset that the document fixes; a wrong edit should fail here. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { countryNames, dataset, groupNames, summaries } from './dataset';
import { validateDataset } from './validate';
import { DATA_FILE_NAMES, type RawDataFiles } from './files';
import { FORUMS } from './schema';
import { copiedRuns, runHashes } from './fingerprint';
import { STEPS } from '$lib/present/steps';
import fingerprintFile from '../../../data/source-fingerprint.json';

const fingerprint = new Set(fingerprintFile.hashes);
/** Where the source text sits beside a working copy, when it does; CI may have only the fingerprint. */
const SOURCE = new URL(
	'../../../../shared/source/japan-north-korea-relations-2018-12-28.txt',
	import.meta.url
);

describe('the dataset', () => {
	it('passes validation, and the pages read exactly what passed', () => {
		const files = Object.fromEntries(
			DATA_FILE_NAMES.map((name) => [
				name,
				JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8'))
			])
		) as unknown as RawDataFiles;
		expect(validateDataset(files)).toEqual(dataset);
	});

	it('records each nationality the document names, with its certainty', () => {
		const status = Object.fromEntries(
			dataset.countries.filter((c) => c.abduction).map((c) => [c.iso3, c.abduction!.status])
		);
		expect(status).toEqual({
			JPN: 'confirmed',
			KOR: 'confirmed',
			THA: 'possible',
			ROU: 'possible',
			LBN: 'possible',
			CHN: 'reported',
			USA: 'single-case'
		});
	});

	it('has events of every forum, from 2005 to 2018', () => {
		expect(new Set(dataset.events.map((e) => e.forum))).toEqual(new Set(FORUMS));
		const dates = dataset.events.map((e) => e.date).sort();
		expect(dates[0]).toBe('2005-09');
		expect(dates.at(-1)!.slice(0, 4)).toBe('2018');
	});

	it('keeps the counts of consecutive adoptions as of October 2018', () => {
		const count = (id: string) => dataset.recurring.find((r) => r.id === id);
		expect(count('hrc-resolutions-count')).toMatchObject({ count: 11, asOf: '2018-10' });
		expect(count('ga-resolutions-count')).toMatchObject({ count: 13, asOf: '2018-10' });
		// The document dates no count for the Security Council's meetings.
		expect(count('unsc-meetings-count')).toMatchObject({ count: 4 });
		expect(count('unsc-meetings-count')?.asOf).toBeUndefined();
	});

	it('cites 1(a), where the document says who co-tabled, for Japan and the EU on resolutions', () => {
		const resolutions = dataset.events.filter(
			(e) => e.kind === 'resolution' && e.groups.includes('eu')
		);
		expect(resolutions.length).toBeGreaterThanOrEqual(4);
		for (const e of resolutions) expect(e.tagSections).toEqual({ JPN: '1(a)', eu: '1(a)' });
	});

	it('says who acted: the Commission visits, the House resolves, Japan holds its summits', () => {
		const actorsOf = (id: string) => dataset.events.find((e) => e.id === id)?.actors;
		expect(actorsOf('coi-visits-2013')).toEqual(['coi']);
		expect(actorsOf('us-house-resolution-2016-09')).toEqual(['USA']);
		expect(actorsOf('inter-korean-summit-2018-04')).toEqual(['KOR']);
		expect(actorsOf('japan-russia-summit-2018-09')).toEqual(['JPN']);
	});

	it('paraphrases rather than pastes: no 12-word run of the document appears in our text', () => {
		const ours = [
			...dataset.events.flatMap((e) => [e.title, e.summary]),
			...dataset.recurring.flatMap((r) => [r.title, r.summary]),
			...dataset.groups.flatMap((g) => [g.name, g.summary]),
			dataset.otherNationals.text,
			// The outline page's summaries of each section, and where to find the original.
			...dataset.document.sections.flatMap((s) => [s.title, s.summary]),
			dataset.document.whereToFind,
			...dataset.countries.flatMap((c) => [c.abduction?.basis ?? '', c.note?.text ?? '']),
			...STEPS.flatMap((step) => [step.headline, ...step.points])
		];
		expect(fingerprint.size).toBeGreaterThan(1000);
		expect(ours.flatMap((text) => copiedRuns(text, fingerprint))).toEqual([]);
	});

	// Runs where the source text sits beside the working copy; elsewhere it shows as skipped.
	it.runIf(existsSync(SOURCE))('has a fingerprint that matches the source text', () => {
		const text = readFileSync(SOURCE, 'utf8');
		expect(runHashes(text)).toEqual(fingerprintFile.hashes);
		// And the check would catch a pasted sentence.
		const pasted = text.split('\n').find((line) => line.split(' ').length > 30)!;
		expect(copiedRuns(pasted, fingerprint).length).toBeGreaterThan(0);
	});
});

describe('what the pages derive from the dataset once', () => {
	it('names every country and forum by its code', () => {
		expect(countryNames.size).toBe(dataset.countries.length);
		expect(countryNames.get('KOR')).toBe(dataset.countries.find((c) => c.iso3 === 'KOR')!.name);
		expect([...groupNames.keys()]).toEqual(dataset.groups.map((g) => g.id));
	});

	it('summarises every country once, with the events that name it', () => {
		expect([...summaries.keys()]).toEqual(dataset.countries.map((c) => c.iso3));
		const japanEvents = dataset.events.filter((e) => e.countries.includes('JPN')).length;
		expect(summaries.get('JPN')!.eventCount).toBe(japanEvents);
		expect(summaries.get('LBN')!.status).toBe('possible');
	});
});
