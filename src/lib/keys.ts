/**
 * Which key does what, for the map and for the classroom walk. Both read the arrows as "next"
 * (right, down) and "previous" (left, up); each adds its own keys. Keys with Alt, Ctrl or Meta are
 * the browser's and are never taken.
 */

export type Step = 'next' | 'previous';
export type MapAction = Step | 'open' | 'zoom-in' | 'zoom-out';
export type ClassroomAction = Step | 'first' | 'last' | 'fullscreen';

const ARROWS: Record<string, Step> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous'
};

/** On the map's canvas: arrows walk the countries, Enter opens one, plus and minus zoom. */
export const MAP_KEYS: Readonly<Record<string, MapAction>> = {
	...ARROWS,
	Enter: 'open',
	'+': 'zoom-in',
	'=': 'zoom-in',
	'-': 'zoom-out'
};

/** In the classroom: what clickers send (Page keys, Space) besides the arrows, and F for full screen. */
export const CLASSROOM_KEYS: Readonly<Record<string, ClassroomAction>> = {
	...ARROWS,
	PageDown: 'next',
	' ': 'next',
	PageUp: 'previous',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	F: 'fullscreen'
};

/** On the map page, outside the map's canvas: F for full screen, as in the classroom. */
export const EXPLORER_KEYS: Readonly<Record<string, 'fullscreen'>> = {
	f: 'fullscreen',
	F: 'fullscreen'
};

/** A key press as the pages read it: the key, the browser's modifiers, and where it was pressed. */
export interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** Pressed while typing in a field (the search, a select): text, not a command. */
	inField?: boolean;
}

/** Where typing goes: a key pressed there is text, not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
	const element = target as { closest?: (selector: string) => unknown } | null;
	return Boolean(
		element?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]')
	);
}

/** A keyboard event as a key press, with whether it was typed into a field. */
export function keyPress(event: KeyboardEvent): KeyPress {
	const { key, altKey, ctrlKey, metaKey } = event;
	return { key, altKey, ctrlKey, metaKey, inField: isTypingTarget(event.target) };
}

/**
 * The action a key press asks for in `table`, or undefined when it is not ours to take: keys
 * with the browser's modifiers, and keys typed into a field.
 */
export function keyAction<A extends string>(
	table: Readonly<Record<string, A>>,
	press: KeyPress
): A | undefined {
	if (press.altKey || press.ctrlKey || press.metaKey || press.inField) return undefined;
	return Object.hasOwn(table, press.key) ? table[press.key] : undefined;
}
