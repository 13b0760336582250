/**
 * What the classroom's keys do, in both windows: the classroom's keys ($lib/keys: arrows, Page
 * keys and Space from clickers, Home, End, F), P for the presenter view, B and . (what clickers
 * send to blank) for a black screen and W for a white one, O or Escape for the overview of every
 * step, and the number keys to jump to a step (0 is the tenth).
 */
import { CLASSROOM_KEYS, keyAction, type ClassroomAction, type KeyPress } from '$lib/keys';

/** A jump to one step, by its number (1 to 10). */
export type JumpAction = `step-${number}`;

export type StepAction =
	ClassroomAction | 'presenter' | 'black' | 'white' | 'overview' | 'escape' | JumpAction;

/** 1 to 9 jump to steps 1 to 9, 0 to step 10. */
const JUMP_KEYS: Readonly<Record<string, JumpAction>> = Object.fromEntries(
	['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((key, at) => [key, `step-${at + 1}`])
);

const STEP_KEYS: Readonly<Record<string, StepAction>> = {
	...CLASSROOM_KEYS,
	...JUMP_KEYS,
	p: 'presenter',
	P: 'presenter',
	b: 'black',
	B: 'black',
	'.': 'black',
	w: 'white',
	W: 'white',
	o: 'overview',
	O: 'overview',
	Escape: 'escape'
};

/** What a key press asks of the walk; typing in a field is not a clicker. */
export function stepAction(press: KeyPress): StepAction | null {
	return keyAction(STEP_KEYS, press) ?? null;
}

/** The step an action leads to, kept within 1..total; null when it does not move the walk. */
export function targetStep(action: StepAction, current: number, total: number): number | null {
	const jump = /^step-(\d+)$/.exec(action);
	if (jump) {
		const wanted = Number(jump[1]);
		return wanted <= total ? wanted : null;
	}
	const target =
		action === 'next'
			? current + 1
			: action === 'previous'
				? current - 1
				: action === 'first'
					? 1
					: action === 'last'
						? total
						: null;
	if (target === null) return null;
	return Math.min(Math.max(target, 1), total);
}

/**
 * A finger's move on a phone: a clear sideways swipe moves the walk (left = next), anything more
 * vertical is scrolling and is left alone.
 */
export function swipeDirection(dx: number, dy: number, threshold = 60): 'next' | 'previous' | null {
	if (Math.abs(dx) < threshold || Math.abs(dx) < 2 * Math.abs(dy)) return null;
	return dx < 0 ? 'next' : 'previous';
}
