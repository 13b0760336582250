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

type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** The action a key press asks for in `table`, or undefined when it is not ours to take. */
export function keyAction<A extends string>(
	table: Readonly<Record<string, A>>,
	event: KeyPress
): A | undefined {
	if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
	return Object.hasOwn(table, event.key) ? table[event.key] : undefined;
}
