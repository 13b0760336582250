/**
 * When the live map (MapLibre) starts. The world in the page's HTML answers hover, click and keys
 * from the start, frames the selected country and names Japan and the Koreas as the live map does,
 * so MapLibre's start-up, which holds the main thread for a long moment on a slow computer, waits
 * until it is wanted: the reader reaches to zoom or pan, or the view needs what only the live map
 * draws (lines). The classroom's map is that world alone: no one reaches for it.
 */
import { keyAction, MAP_KEYS } from '$lib/keys';

/** What start.ts reads of a DOM event that may be a reach. */
export interface ReachEvent {
	type: string;
	key?: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	/** Pointer events: where, and which buttons are down. */
	clientX?: number;
	clientY?: number;
	buttons?: number;
	/** Wheel events: how far the wheel turned (negative: towards the reader's zoom in). */
	deltaY?: number;
	/** Touch events: how many fingers are down. */
	touches?: { length: number };
}

/** A press that moves this far (in pixels) is a drag, not a click on a country. */
export const DRAG_DISTANCE = 5;

/**
 * Tells a reach for what only the live map does (zoom with the wheel or + and -, a drag, a
 * two-finger pinch) from what the world in the page answers itself: hover, a click or a tap on a
 * country, one finger scrolling the page. A click must not start the live map: its start-up would
 * hold the main thread just as the country's page opens.
 */
export function reachDetector(): (event: ReachEvent) => boolean {
	let pressedAt: { x: number; y: number } | null = null;
	return (event) => {
		switch (event.type) {
			case 'wheel':
				return true;
			case 'touchstart':
				return (event.touches?.length ?? 0) >= 2;
			case 'pointerdown':
				pressedAt = { x: event.clientX ?? 0, y: event.clientY ?? 0 };
				return false;
			case 'pointerup':
			case 'pointercancel':
				pressedAt = null;
				return false;
			case 'pointermove': {
				if (!pressedAt || !event.buttons) return false;
				const moved = Math.hypot(
					(event.clientX ?? 0) - pressedAt.x,
					(event.clientY ?? 0) - pressedAt.y
				);
				return moved >= DRAG_DISTANCE;
			}
			case 'keydown': {
				if (event.key === undefined) return false;
				const action = keyAction(MAP_KEYS, {
					key: event.key,
					altKey: event.altKey ?? false,
					ctrlKey: event.ctrlKey ?? false,
					metaKey: event.metaKey ?? false
				});
				return action === 'zoom-in' || action === 'zoom-out';
			}
			default:
				return false;
		}
	};
}

/** The events that may carry such a reach, as the map's frame listens for them. */
export const REACH_EVENTS = [
	'wheel',
	'pointerdown',
	'pointermove',
	'pointerup',
	'pointercancel',
	'touchstart',
	'keydown'
] as const;

/**
 * What the live map does, once drawn, for the reach that started it: a wheel turn zooms about the
 * pointer as MapLibre's own wheel would (its rate: a notch of 100 is about half a zoom level), and
 * + or - zooms by one. A reach is never lost to the start-up; a drag or a pinch is not replayed.
 */
export interface Replay {
	/** Zoom levels to add (in, positive) or take away. */
	zoomBy: number;
	/** Where to zoom about, in the frame's pixels; the middle when absent. */
	around?: { x: number; y: number };
}

/** MapLibre's wheel zoom for a delta (its `wheelZoomRate` and largest step). */
const WHEEL_ZOOM_RATE = 1 / 100;
const MAX_WHEEL_DELTA = 450;

export function replayOf(event: ReachEvent, frame?: { left: number; top: number }): Replay | null {
	if (event.type === 'wheel') {
		const delta = Math.min(Math.abs(event.deltaY ?? 0), MAX_WHEEL_DELTA);
		if (delta === 0) return null;
		const scale = 2 / (1 + Math.exp(-delta * WHEEL_ZOOM_RATE));
		const zoomBy = Math.log2(scale) * -Math.sign(event.deltaY ?? 0);
		const around = frame && {
			x: (event.clientX ?? 0) - frame.left,
			y: (event.clientY ?? 0) - frame.top
		};
		return around ? { zoomBy, around } : { zoomBy };
	}
	if (event.type === 'keydown' && event.key) {
		const action = keyAction(MAP_KEYS, {
			key: event.key,
			altKey: event.altKey ?? false,
			ctrlKey: event.ctrlKey ?? false,
			metaKey: event.metaKey ?? false
		});
		if (action === 'zoom-in') return { zoomBy: 1 };
		if (action === 'zoom-out') return { zoomBy: -1 };
	}
	return null;
}

/** Replays added together: turns of the wheel while the live map starts all count. */
export function addReplays(a: Replay | null, b: Replay | null): Replay | null {
	if (!a || !b) return a ?? b;
	return {
		zoomBy: a.zoomBy + b.zoomBy,
		...((b.around ?? a.around) && { around: b.around ?? a.around })
	};
}

/**
 * Calls `onreach` when the reader reaches for the live map in `frame`, with the event that did;
 * returns the undoing.
 */
export function listenForReach(
	frame: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
	onreach: (event: ReachEvent) => void
): () => void {
	const isReach = reachDetector();
	const listener = (event: Event) => {
		if (isReach(event as ReachEvent)) onreach(event as ReachEvent);
	};
	for (const type of REACH_EVENTS) frame.addEventListener(type, listener, { passive: true });
	return () => {
		for (const type of REACH_EVENTS) frame.removeEventListener(type, listener);
	};
}
