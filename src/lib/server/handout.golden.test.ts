/**
 * Golden files for the handout's printed maps: a whole sheet's picture, as /present/handout/5.svg
 * and /ja/present/handout/5.svg serve it, compared with the SVG kept in __snapshots__/. Step 5 (the
 * UN's follow-up) frames a few countries, so the files stay small. A change shows in the files'
 * diff and must be accepted on purpose (`npx vitest run -u`).
 */
import { expect, it } from 'vitest';
import { dataFor } from '$lib/i18n/data';
import { stepsFor } from '$lib/present/steps';
import type { Locale } from '$lib/i18n/locale';
import { handoutMapSvg } from '$lib/present/handout';
import { stepLook } from '$lib/present/look';
import { handoutMap } from './handout';

const sheet = (number: number, locale: Locale) => {
	const step = stepsFor(locale)[number - 1]!;
	return handoutMapSvg(handoutMap(step, locale), stepLook(step, dataFor(locale).dataset));
};

it('draws step 5’s map as the English handout prints it', async () => {
	await expect(sheet(5, 'en')).toMatchFileSnapshot('./__snapshots__/handout-5.svg');
});

it('draws step 5’s map as the Japanese handout prints it, names in Japanese', async () => {
	await expect(sheet(5, 'ja')).toMatchFileSnapshot('./__snapshots__/ja-handout-5.svg');
});

it('draws step 5’s map as the Korean handout prints it, names in Korean', async () => {
	await expect(sheet(5, 'ko')).toMatchFileSnapshot('./__snapshots__/ko-handout-5.svg');
});
