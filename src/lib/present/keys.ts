/**
 * What the classroom's keys do, in both windows: the classroom's keys ($lib/keys: arrows, Page
 * keys and Space from clickers, Home, End, F) and P for the presenter view.
 */
import { CLASSROOM_KEYS, keyAction, type ClassroomAction, type KeyPress } from '$lib/keys';

export type StepAction = ClassroomAction | 'presenter';

const STEP_KEYS: Readonly<Record<string, StepAction>> = {
	...CLASSROOM_KEYS,
	p: 'presenter',
	P: 'presenter'
};

/** What a key press asks of the walk; typing in a field is not a clicker. */
export function stepAction(press: KeyPress): StepAction | null {
	return keyAction(STEP_KEYS, press) ?? null;
}

/** The step an action leads to, kept within 1..total; null when it does not move the walk. */
export function targetStep(action: StepAction, current: number, total: number): number | null {
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
