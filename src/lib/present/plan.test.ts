import { describe, expect, it } from 'vitest';
import { LESSON_MINUTES, PLANNED_MINUTES, paceAt } from './plan';
import { STEPS } from './steps';

const minutes = (m: number) => m * 60_000;

describe("the lesson's plan", () => {
	it('gives every step some minutes and fills a 45-minute lesson', () => {
		expect(PLANNED_MINUTES).toHaveLength(STEPS.length);
		expect(PLANNED_MINUTES.every((m) => m >= 2)).toBe(true);
		expect(PLANNED_MINUTES.reduce((a, b) => a + b, 0)).toBe(45);
		expect(LESSON_MINUTES).toBe(45);
	});

	it('says when a step should end and whether the class is on time', () => {
		const first = PLANNED_MINUTES[0]!;
		const second = PLANNED_MINUTES[1]!;
		expect(paceAt(1, minutes(1))).toEqual({ minutes: first, until: first, behind: 0 });
		expect(paceAt(2, minutes(first + 1)).until).toBe(first + second);
		expect(paceAt(2, minutes(first + 1)).behind).toBe(0);
		// Still on step 1 three and a half minutes after its time ran out.
		expect(paceAt(1, minutes(first + 3.5)).behind).toBe(3);
		// On step 2 two minutes before the plan reaches it.
		expect(paceAt(2, minutes(first - 2)).behind).toBe(-2);
		expect(paceAt(10, minutes(45)).until).toBe(45);
	});
});
