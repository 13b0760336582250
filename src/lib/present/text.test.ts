import { expect, it } from 'vitest';
import { STEPS } from './steps';
import { stepDescription } from './text';

it('describes every step by its number, headline and sections, each description its own', () => {
	const descriptions = STEPS.map((step, i) => stepDescription(step, i + 1, STEPS.length));
	STEPS.forEach((step, i) => {
		expect(descriptions[i]).toContain(`step ${i + 1} of ${STEPS.length}`);
		expect(descriptions[i]).toContain(step.headline);
		expect(descriptions[i]).toMatch(/section|introduction/);
	});
	expect(new Set(descriptions).size).toBe(STEPS.length);
});
