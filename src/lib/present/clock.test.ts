import { expect, it } from 'vitest';
import { elapsedDuration, formatElapsed } from './clock';

it('shows minutes and seconds, and hours once there are any', () => {
	expect(formatElapsed(0)).toBe('0:00');
	expect(formatElapsed(65_400)).toBe('1:05');
	expect(formatElapsed(3_600_000 + 7 * 60_000 + 9_000)).toBe('1:07:09');
	expect(formatElapsed(-5)).toBe('0:00');
});

it('gives the same time as an ISO 8601 duration for the time element', () => {
	expect(elapsedDuration(0)).toBe('PT0S');
	expect(elapsedDuration(65_400)).toBe('PT1M5S');
	expect(elapsedDuration(3_600_000 + 9_000)).toBe('PT1H9S');
	expect(elapsedDuration(-5)).toBe('PT0S');
});
