/**
 * When the live map (MapLibre) starts. The world in the page's HTML answers hover, click and keys
 * from the start, so MapLibre's start-up, which holds the main thread for a long moment on a slow
 * computer, waits until it is wanted: the reader reaches to zoom or pan, the view needs what only
 * the live map draws (lines), or the page has nothing else to do.
 */
import { keyAction, MAP_KEYS } from '$lib/keys';

/** A reach for what only the live map does: zoom (wheel, +/-), drag or pinch. */
export function wantsLiveMap(event: {
	type: string;
	key?: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}): boolean {
	if (event.type === 'wheel' || event.type === 'pointerdown' || event.type === 'touchstart')
		return true;
	if (event.type !== 'keydown' || event.key === undefined) return false;
	const action = keyAction(MAP_KEYS, {
		key: event.key,
		altKey: event.altKey ?? false,
		ctrlKey: event.ctrlKey ?? false,
		metaKey: event.metaKey ?? false
	});
	return action === 'zoom-in' || action === 'zoom-out';
}

/** The events that may carry such a reach, as the map's frame listens for them. */
export const REACH_EVENTS = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;

interface IdleWindow {
	document: { readyState: string };
	addEventListener(type: 'load', listener: () => void, options: { once: boolean }): void;
	removeEventListener(type: 'load', listener: () => void): void;
	requestIdleCallback?: (callback: () => void) => number;
	cancelIdleCallback?: (handle: number) => void;
	setTimeout(callback: () => void, ms: number): number;
	clearTimeout(handle: number): void;
}

/**
 * Calls `callback` once the page has loaded and the main thread is idle (a timer where the browser
 * has no idle callback). Returns a function that cancels it.
 */
export function whenIdleAfterLoad(callback: () => void, win: IdleWindow): () => void {
	let idle: number | undefined;
	let timer: number | undefined;
	const schedule = () => {
		if (win.requestIdleCallback) idle = win.requestIdleCallback(callback);
		else timer = win.setTimeout(callback, 0);
	};
	if (win.document.readyState === 'complete') schedule();
	else win.addEventListener('load', schedule, { once: true });
	return () => {
		win.removeEventListener('load', schedule);
		if (idle !== undefined) win.cancelIdleCallback?.(idle);
		if (timer !== undefined) win.clearTimeout(timer);
	};
}
