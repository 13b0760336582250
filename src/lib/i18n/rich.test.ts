import { describe, expect, it } from 'vitest';
import { plainText } from './rich';

describe('plainText', () => {
	it('joins text, stressed words and titles in order', () => {
		expect(plainText(['See ', { cite: 'The Page' }, ', marked ', { em: 'context' }, '.'])).toBe(
			'See The Page, marked context.'
		);
	});
});
