import { describe, expect, it } from 'vitest';
import { declaredSize, PNG_SCALE } from '$lib/share/download';
import { STEPS } from '$lib/present/steps';
import { stepPicture } from './step-picture';

describe('the steps’ saved pictures', () => {
	it('offers every step 16:9 for a slide: 1920x1080 as a PNG', () => {
		for (const locale of ['en', 'ja'] as const)
			STEPS.forEach((_, i) => {
				const size = declaredSize(stepPicture(i + 1, locale, 'slide')!)!;
				expect([size.width * PNG_SCALE, size.height * PNG_SCALE], `step ${i + 1}`).toEqual([
					1920, 1080
				]);
			});
	});

	it('writes a legend note once, in the label’s bracket, and the date on one line', () => {
		for (const shape of ['page', 'slide'] as const) {
			const markup = stepPicture(7, 'en', shape)!;
			expect(markup).toContain('(context, hatched)');
			expect(markup).not.toMatch(/\) \(/);
			expect(markup).toMatch(/28\u00a0December\u00a02018/);
		}
	});
});
