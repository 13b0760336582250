import { expect, it } from 'vitest';
import { stepsFor } from '$lib/present/steps';
import { handoutMap } from './handout-maps';
import { landUnder, nameSize } from '$lib/share/picture-names';
import { LABEL_SIZE } from '$lib/present/handout-svg';

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

it('names every listed country on each printed map, over the sea or its own land, never a neighbour', () => {
	for (const locale of ['en', 'ja', 'ko'] as const)
		for (const [i, step] of stepsFor(locale).entries()) {
			const map = handoutMap(step, locale);
			const under = landUnder(map.countries, { left: 0, top: 0, scale: 1 });
			expect(map.labels.map((l) => l.iso3).sort(), `${locale} step ${i + 1}`).toEqual(
				(map.spots ?? []).map((s) => s.iso3).sort()
			);
			for (const label of map.labels) {
				const { width, height } = nameSize(label.text, LABEL_SIZE);
				const left =
					label.anchor === 'start'
						? label.x
						: label.anchor === 'middle'
							? label.x - width / 2
							: label.x - width;
				// (x, y) is the baseline, a little below the name's middle.
				const top = label.y - LABEL_SIZE * 0.35 - height / 2;
				const box = { left, top, right: left + width, bottom: top + height };
				const others = under(box).filter((iso3) => iso3 !== label.iso3);
				expect(others, `${locale} step ${i + 1}: ${label.text}`).toEqual([]);
			}
		}
});
