/**
 * What the lesson adds to the classroom's keys and the slide: A asks the step's questions one at
 * a time, each first alone and then with its answer, and then hides them; Q shows or hides the
 * QR code. The presenter view and the slide share this state over the walk's channel
 * ($lib/present/sync).
 */
import { keyAction, type KeyPress } from '$lib/keys';
import type { LessonOverlay } from '$lib/present/sync';
import type { Question } from './questions';

export type LessonAction = 'answer' | 'qr';

const LESSON_KEYS: Readonly<Record<string, LessonAction>> = {
	a: 'answer',
	A: 'answer',
	q: 'qr',
	Q: 'qr'
};

export function lessonAction(press: KeyPress): LessonAction | null {
	return keyAction(LESSON_KEYS, press) ?? null;
}

/** Nothing shown over the step. */
export function closedOverlay(step: number, qr = false): LessonOverlay {
	return { step, answer: null, revealed: false, qr };
}

/** The question A asks next: the first, then the second, then none. */
export function nextAnswer(questions: readonly Question[], shown: string | null): string | null {
	const at = questions.findIndex((q) => q.id === shown);
	return questions[at + 1]?.id ?? null;
}

/** The overlay after an action, on the step the windows are on (an answer belongs to its step). */
export function afterAction(
	overlay: LessonOverlay,
	action: LessonAction,
	step: number,
	questions: readonly Question[]
): LessonOverlay {
	const here = overlay.step === step;
	const answer = here ? overlay.answer : null;
	const revealed = here && overlay.revealed;
	if (action === 'qr') return { step, answer, revealed, qr: !overlay.qr };
	// A question asked is answered next; an answered one gives way to the next question.
	if (answer && !revealed) return { step, answer, revealed: true, qr: overlay.qr };
	return { step, answer: nextAnswer(questions, answer), revealed: false, qr: overlay.qr };
}

/** The address a student's phone opens for a step: the slide's own site, or its LAN address. */
export function studentAddress(origin: string, path: string): string {
	return origin.replace(/\/+$/, '') + path;
}

/**
 * The site's addresses on the school network, as the local server (HOST=0.0.0.0 npm start) lists
 * them; none on any other host, which has no such file, or when it cannot be read.
 */
export async function classroomOrigins(base: string): Promise<string[]> {
	try {
		const response = await fetch(`${base}/classroom-address.json`);
		const body: { origins?: unknown } = response.ok ? await response.json() : {};
		return Array.isArray(body.origins)
			? body.origins.filter((o): o is string => typeof o === 'string')
			: [];
	} catch {
		return [];
	}
}

/**
 * Where phones reach this page (reachableOrigin), with the school-network addresses it rests on:
 * one answer for the slide, which shows the QR code, and the presenter view, which tells the
 * teacher when phones cannot open it.
 */
export async function classroomReach(
	base: string
): Promise<{ origins: string[]; origin: string; localOnly: boolean }> {
	const origins = await classroomOrigins(base);
	return { origins, ...reachableOrigin(location, origins) };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * The origin phones can reach: the page's own, unless the page is open on this computer's
 * loopback address and the local server (HOST=0.0.0.0 npm start) told us its address on the
 * school network.
 */
export function reachableOrigin(
	location: { hostname: string; origin: string },
	lan: readonly string[]
): {
	origin: string;
	/** Only this computer can open it: no phone will. */
	localOnly: boolean;
} {
	if (!LOOPBACK.test(location.hostname)) return { origin: location.origin, localOnly: false };
	const first = lan[0];
	return first ? { origin: first, localOnly: false } : { origin: location.origin, localOnly: true };
}
