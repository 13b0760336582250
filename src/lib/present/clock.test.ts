import { expect, it } from 'vitest';
import { formatElapsed } from './clock';

it('shows minutes and seconds, and hours once there are any', () => {
	expect(formatElapsed(0)).toBe('0:00');
	expect(formatElapsed(65_400)).toBe('1:05');
	expect(formatElapsed(3_600_000 + 7 * 60_000 + 9_000)).toBe('1:07:09');
	expect(formatElapsed(-5)).toBe('0:00');
});
