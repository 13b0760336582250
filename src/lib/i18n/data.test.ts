import { describe, expect, it } from 'vitest';
import { dataFor } from './data';

describe('the data in each language', () => {
	it('has the same countries, and summaries in both, only the words differ', () => {
		const en = dataFor('en');
		const ja = dataFor('ja');
		expect([...ja.summaries.keys()].sort()).toEqual([...en.summaries.keys()].sort());
		for (const [iso3, summary] of en.summaries) {
			const twin = ja.summaries.get(iso3)!;
			expect({ ...twin, name: '' }).toEqual({ ...summary, name: '' });
		}
		expect(ja.countryNames.get('KOR')).toBe('韓国');
		expect(ja.summaries.get('PRK')!.name).toBe('北朝鮮');
	});

	it('makes each language once', () => {
		expect(dataFor('ja')).toBe(dataFor('ja'));
	});
});
