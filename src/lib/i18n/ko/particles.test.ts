import { describe, expect, it } from 'vitest';
import { withParticle } from './particles';

describe('Korean particles', () => {
	it('follow the last syllable: a final consonant or none', () => {
		expect(withParticle('한국', '이', '가')).toBe('한국이');
		expect(withParticle('루마니아', '이', '가')).toBe('루마니아가');
		expect(withParticle('북한', '을', '를')).toBe('북한을');
		expect(withParticle('태국', '은', '는')).toBe('태국은');
		expect(withParticle('체코', '은', '는')).toBe('체코는');
	});

	it('give both forms after a word that does not end in Hangul', () => {
		expect(withParticle('G7', '은', '는')).toBe('G7은(는)');
		expect(withParticle('map.png', '을', '를')).toBe('map.png을(를)');
	});
});
