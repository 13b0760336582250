import { describe, expect, it } from 'vitest';
import { grade } from './grade';
import { answerLook, CHOSEN_COLOUR, MARK_COLOUR } from './look';

const words = {
	title: 'Your answer',
	chosen: 'Your choice',
	mark: { right: 'Right', wrong: 'Not in the answer', missed: 'Missed' }
};

describe('answerLook', () => {
	it('before the check colours only the chosen countries', () => {
		const look = answerLook(new Set(['JPN']), null, words);
		expect(look.colourOf('JPN')).toBe(CHOSEN_COLOUR);
		expect(look.colourOf('KOR')).not.toBe(CHOSEN_COLOUR);
		expect(look.legend.map((e) => e.label)).toEqual(['Your choice']);
	});

	it('after the check colours right, wrong and missed, hatches the missed, lists only what is drawn', () => {
		const graded = grade(['JPN', 'FRA'], ['JPN', 'THA']);
		const look = answerLook(new Set(['JPN', 'FRA']), graded, words);
		expect(look.colourOf('JPN')).toBe(MARK_COLOUR.right);
		expect(look.colourOf('FRA')).toBe(MARK_COLOUR.wrong);
		expect(look.colourOf('THA')).toBe(MARK_COLOUR.missed);
		expect(look.hatched).toEqual(['THA']);
		expect(look.legend.map((e) => e.key)).toEqual(['right', 'wrong', 'missed']);
		const allRight = answerLook(new Set(['THA']), grade(['THA'], ['THA']), words);
		expect(allRight.legend.map((e) => e.key)).toEqual(['right']);
	});
});
