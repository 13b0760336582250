/** Facts about the committed dataset that the document fixes; a wrong edit should fail here. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataset } from './dataset';
import { FORUMS } from './schema';

const sourceText = readFileSync(
	new URL('../../../../shared/source/japan-north-korea-relations-2018-12-28.txt', import.meta.url),
	'utf8'
);

describe('the dataset', () => {
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
			CHN: 'possible',
			USA: 'possible'
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
	});

	it('paraphrases rather than pastes: no 12-word run of the document appears in our text', () => {
		const words = (s: string) =>
			s
				.toLowerCase()
				.replace(/[^a-z0-9 ]+/g, ' ')
				.split(/\s+/)
				.filter(Boolean);
		const source = ` ${words(sourceText).join(' ')} `;
		const ours = [
			...dataset.events.flatMap((e) => [e.title, e.summary]),
			...dataset.recurring.map((r) => r.summary),
			...dataset.groups.map((g) => g.summary),
			...dataset.countries.flatMap((c) => [c.abduction?.basis ?? '', c.note?.text ?? ''])
		];
		const copied: string[] = [];
		for (const text of ours) {
			const w = words(text);
			for (let i = 0; i + 12 <= w.length; i++) {
				const run = w.slice(i, i + 12).join(' ');
				if (source.includes(` ${run} `)) copied.push(run);
			}
		}
		expect(copied).toEqual([]);
	});
});
