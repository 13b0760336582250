import { expect, it } from 'vitest';
import { stepsFor } from '$lib/present/steps';
import { handoutMap } from './handout-maps';

it('puts a dot on Lebanon on step 1’s printed map, and none on the countries one can see', () => {
	for (const locale of ['en', 'ja'] as const) {
		const map = handoutMap(stepsFor(locale)[0]!, locale);
		const dotted = (map.dots ?? []).map((dot) => dot.iso3);
		expect(dotted, locale).toContain('LBN');
		for (const large of ['JPN', 'CHN', 'THA', 'ROU']) expect(dotted, locale).not.toContain(large);
		// The dot is on the picture, where its name's leader line or name is.
		const lebanon = map.dots!.find((dot) => dot.iso3 === 'LBN')!;
		expect(lebanon.x).toBeGreaterThan(0);
		expect(lebanon.x).toBeLessThan(map.width);
		expect(lebanon.y).toBeGreaterThan(0);
		expect(lebanon.y).toBeLessThan(map.height);
	}
});
