import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { STEPS } from '$lib/present/steps';
import { enLesson } from '$lib/i18n/en/lesson';
import { jaLesson } from '$lib/i18n/ja/lesson';
import { copiedRuns } from '$lib/data/fingerprint';
import fingerprintFile from '../../../data/source-fingerprint.json';
import { mapAnswer, mapQuestionOf, QUESTIONS, questionsOf } from './questions';

/**
 * Each map question's answer as a reader of the document finds it (section by section), written
 * here by hand so the dataset and the question's source are both checked against the page.
 */
const FROM_THE_DOCUMENT: Record<string, string[]> = {
	// Introduction: Thailand, Romania and Lebanon "may have been" abducted, on returnees' testimony.
	'taken-testimony': ['LBN', 'ROU', 'THA'],
	// 1(b): visits to Japan, the ROK, the US, the United Kingdom and Thailand.
	'inquiry-visits': ['GBR', 'JPN', 'KOR', 'THA', 'USA'],
	// 1(e): the OHCHR's field-based structure in Seoul.
	'follow-up-seoul': ['KOR'],
	// 2: normalising relations between Japan and North Korea.
	'six-party-normalise': ['JPN', 'PRK'],
	// 3: "the G7 leaders"; the members are context (the document does not list them).
	'summits-g7': ['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA'],
	// 4: "countries such as the United States, the ROK, China and Russia".
	'us-partners': ['CHN', 'KOR', 'RUS', 'USA'],
	// 4: Abe called on President Moon and Premier Li at the Japan-China-ROK summit.
	'neighbours-trilateral': ['CHN', 'KOR'],
	// US Congress: coordinate with the governments of Japan, China and the ROK.
	'congress-coordinate': ['CHN', 'JPN', 'KOR']
};

describe('lesson questions', () => {
	it('every map question has an answer read from the data equal to the document’s', () => {
		const asked = QUESTIONS.filter((q) => 'source' in q);
		expect(asked.map((q) => q.id).sort()).toEqual(Object.keys(FROM_THE_DOCUMENT).sort());
		for (const question of asked) {
			const answer = mapAnswer(question.source, dataset);
			expect(answer.countries, question.id).toEqual(FROM_THE_DOCUMENT[question.id]);
		}
	});

	it('only the G7 answer rests on context; every reason cites a section the question does', () => {
		for (const question of QUESTIONS.filter((q) => 'source' in q)) {
			const { reasons } = mapAnswer(question.source, dataset);
			for (const [code, reason] of reasons) {
				expect(question.sections, `${question.id} ${code}`).toContain(reason.section);
				expect(reason.context, `${question.id} ${code}`).toBe(question.id === 'summits-g7');
				expect(reason.text.length).toBeGreaterThan(20);
			}
		}
	});

	it('every step has a question, at least six a map question, and each rests on its step’s sections', () => {
		STEPS.forEach((step, i) => {
			const questions = questionsOf(i + 1);
			expect(questions.length, `step ${i + 1}`).toBeGreaterThanOrEqual(1);
			expect(questions.length).toBeLessThanOrEqual(2);
			for (const q of questions) for (const s of q.sections) expect(step.sections).toContain(s);
		});
		const withMap = STEPS.filter((_, i) => mapQuestionOf(i + 1)).length;
		expect(withMap).toBeGreaterThanOrEqual(6);
	});

	it('every question has its words in English and Japanese, and no more', () => {
		const ids = QUESTIONS.map((q) => q.id).sort();
		expect(Object.keys(enLesson.questions).sort()).toEqual(ids);
		expect(Object.keys(jaLesson.questions).sort()).toEqual(ids);
		for (const words of [
			...Object.values(enLesson.questions),
			...Object.values(jaLesson.questions)
		]) {
			expect(words.prompt.trim()).not.toBe('');
			expect(words.answer.trim()).not.toBe('');
		}
	});

	it('the questions and answers paraphrase the document: no run of twelve words copied', () => {
		const fingerprint = new Set(fingerprintFile.hashes);
		const ours = Object.values(enLesson.questions).flatMap((q) => [q.prompt, q.answer]);
		expect(ours.flatMap((text) => copiedRuns(text, fingerprint))).toEqual([]);
	});

	it('an answer that names no record fails loudly rather than marking nothing', () => {
		expect(() => mapAnswer({ from: 'group', group: 'nowhere' }, dataset)).toThrow(/no such group/);
		expect(() => mapAnswer({ from: 'event', event: 'coi-report-2014-02' }, dataset)).toThrow(
			/empty/
		);
	});
});
