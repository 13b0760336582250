/** What the classroom's keys do, in both windows: clickers send arrows, Page keys or Space. */
export type StepAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'presenter';

const ACTIONS: Record<string, StepAction> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	F: 'fullscreen',
	p: 'presenter',
	P: 'presenter'
};

export interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** Where the key was pressed: typing in a field is not a clicker. */
	inField: boolean;
}

export function stepAction(press: KeyPress): StepAction | null {
	if (press.altKey || press.ctrlKey || press.metaKey || press.inField) return null;
	return ACTIONS[press.key] ?? null;
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
