import { afterEach, expect, it } from 'vitest';
import { timed } from './timing';

afterEach(() => performance.clearMeasures());

it('returns the result and records one measure per call', () => {
	expect(timed('test:sum', () => [1, 2, 3].reduce((a, b) => a + b))).toBe(6);
	timed('test:sum', () => 0);
	const measures = performance.getEntriesByName('test:sum', 'measure');
	expect(measures).toHaveLength(2);
	expect(measures.every((m) => m.duration >= 0)).toBe(true);
});

it('records nothing when the work throws, and lets the error through', () => {
	expect(() =>
		timed('test:fails', () => {
			throw new Error('bad input');
		})
	).toThrow('bad input');
	expect(performance.getEntriesByName('test:fails', 'measure')).toHaveLength(0);
});
