import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { STEPS } from '$lib/present/steps';
import { worksheetPages } from './sheets';

describe('worksheetPages', () => {
	it('puts the ten steps two to a page, every question once, map answers with their countries', () => {
		const pages = worksheetPages(STEPS.length, dataset);
		expect(pages.map((page) => page.map((s) => s.number))).toEqual([
			[1, 2],
			[3, 4],
			[5, 6],
			[7, 8],
			[9, 10]
		]);
		const questions = pages.flat().flatMap((s) => s.questions);
		expect(new Set(questions.map((q) => q.question.id)).size).toBe(questions.length);
		const visits = questions.find((q) => q.question.id === 'inquiry-visits')!;
		expect(visits.countries).toEqual(['GBR', 'JPN', 'KOR', 'THA', 'USA']);
		expect(questions.find((q) => q.question.id === 'taken-china')!.countries).toEqual([]);
	});
});
