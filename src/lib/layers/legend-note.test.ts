import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { ja } from '$lib/i18n/ja';
import { ko } from '$lib/i18n/ko';
import { labelAndNote, labelWithNote } from './legend-note';

describe('labelWithNote', () => {
	it('adds the note after a plain label', () => {
		expect(labelWithNote('Context', ' (hatched)')).toBe('Context (hatched)');
	});
	it('shares one bracket with a note of its own, in each language', () => {
		expect(labelWithNote('Possibly abducted (testimony)', ' (hatched)')).toBe(
			'Possibly abducted (testimony, hatched)'
		);
		expect(labelWithNote('可能性（証言）', '（斜線）')).toBe('可能性（証言、斜線）');
		expect(labelWithNote('가능성 (귀국자 증언)', '(빗금)')).toBe('가능성 (귀국자 증언, 빗금)');
	});
	it("keeps a full-width note apart from a half-width bracket (they don't mix)", () => {
		expect(labelWithNote('Mixed (x)', '（斜線）')).toBe('Mixed (x)（斜線）');
	});
	it("splits so the screen can set the note's part apart", () => {
		expect(labelAndNote('A (b)', ' (hatched)')).toEqual(['A (b', ', hatched)']);
	});
	it("joins each catalog's hatched notes to a bracketed label without doubling brackets", () => {
		const bracketed = { en: 'X (y)', ja: 'X（y）', ko: 'X (y)' };
		for (const [language, t] of Object.entries({ en, ja, ko }))
			for (const cue of [t.legend.hatched, t.legend.crossHatched, t.picture.hatched]) {
				const label = bracketed[language as keyof typeof bracketed];
				const joined = labelWithNote(label, cue).replace(/（/g, '(').replace(/）/g, ')');
				expect(joined, `${language}: ${cue}`).not.toMatch(/\)\s*\(/);
			}
	});
});
