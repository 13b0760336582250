import type { LessonOverlay } from '$lib/present/sync';
import { describe, expect, it } from 'vitest';
import {
	afterAction,
	closedOverlay,
	lessonAction,
	reachableOrigin,
	studentAddress
} from './overlay';
import { questionsOf } from './questions';

const press = (key: string, inField = false) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	inField
});

describe('lesson keys', () => {
	it('A is the answer and Q the QR code, never while typing', () => {
		expect(lessonAction(press('a'))).toBe('answer');
		expect(lessonAction(press('Q'))).toBe('qr');
		expect(lessonAction(press('q', true))).toBeNull();
		expect(lessonAction(press('ArrowRight'))).toBeNull();
	});

	it('A asks each question, then reveals its answer, then hides them; Q toggles the code', () => {
		const questions = questionsOf(3);
		const shown = (o: LessonOverlay) => [o.answer, o.revealed];
		let overlay = closedOverlay(3);
		overlay = afterAction(overlay, 'answer', 3, questions);
		expect(shown(overlay)).toEqual(['inquiry-visits', false]);
		overlay = afterAction(overlay, 'answer', 3, questions);
		expect(shown(overlay)).toEqual(['inquiry-visits', true]);
		overlay = afterAction(overlay, 'answer', 3, questions);
		expect(shown(overlay)).toEqual(['inquiry-dates', false]);
		overlay = afterAction(overlay, 'qr', 3, questions);
		expect(overlay).toEqual({ step: 3, answer: 'inquiry-dates', revealed: false, qr: true });
		overlay = afterAction(overlay, 'answer', 3, questions);
		expect(shown(overlay)).toEqual(['inquiry-dates', true]);
		overlay = afterAction(overlay, 'answer', 3, questions);
		expect(shown(overlay)).toEqual([null, false]);
	});

	it('an answer revealed on another step is not carried to this one', () => {
		const revealed = { step: 2, answer: 'un-cotable', revealed: true, qr: true };
		expect(afterAction(revealed, 'qr', 3, questionsOf(3))).toEqual(closedOverlay(3));
	});
});

describe('the students’ address', () => {
	it('is the page’s own origin away from this computer', () => {
		const at = { hostname: '192.168.1.20', origin: 'http://192.168.1.20:4173' };
		expect(reachableOrigin(at, ['http://10.0.0.5:4173'])).toEqual({
			origin: 'http://192.168.1.20:4173',
			localOnly: false
		});
	});

	it('is the LAN address when the slide is open on the loopback, or says it is local only', () => {
		const local = { hostname: '127.0.0.1', origin: 'http://127.0.0.1:4173' };
		expect(reachableOrigin(local, ['http://10.0.0.5:4173']).origin).toBe('http://10.0.0.5:4173');
		expect(reachableOrigin(local, [])).toEqual({
			origin: 'http://127.0.0.1:4173',
			localOnly: true
		});
		expect(studentAddress('http://10.0.0.5:4173/', '/ja/present/3/question')).toBe(
			'http://10.0.0.5:4173/ja/present/3/question'
		);
	});
});
