import { describe, expect, it } from 'vitest';
import { declaredSize } from '$lib/share/download';
import { PNG_SCALE } from '$lib/share/saving';
import { STEPS } from '$lib/present/steps';
import { stepPicture } from './step-picture';

/** Drawing a step's map takes a while: the walk's pictures are drawn together, for every test. */
const SLOW = { timeout: 60_000 };

describe('the steps’ saved pictures', () => {
	it('offers every step 16:9 for a slide: 1920x1080 as a PNG, in both languages', SLOW, () => {
		for (const locale of ['en', 'ja'] as const)
			STEPS.forEach((_, i) => {
				const size = declaredSize(stepPicture(i + 1, locale, 'slide')!)!;
				expect([size.width * PNG_SCALE, size.height * PNG_SCALE], `step ${i + 1}`).toEqual([
					1920, 1080
				]);
			});
	});

	it('writes a legend note once, in one bracket, and never breaks a date', SLOW, () => {
		for (const locale of ['en', 'ja'] as const)
			for (const shape of ['page', 'slide'] as const)
				STEPS.forEach((_, i) => {
					const markup = stepPicture(i + 1, locale, shape)!;
					const texts = [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
					expect(
						texts.filter((text) => /\)\s*\(|）（/.test(text)),
						`step ${i + 1}`
					).toEqual([]);
					// No line of text ends inside a date ("28 December" / "2018", "2018年12月" / "28日").
					const broken = texts.filter((text) =>
						/(\d{1,2} [A-Z][a-z]+|\d{4}年\d{1,2}月)$/.test(text)
					);
					expect(broken, `step ${i + 1} ${locale} ${shape}`).toEqual([]);
				});
	});
});
