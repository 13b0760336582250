import { swipeDirection } from './keys';

/**
 * Follows one finger from touch to release and says whether it swiped to the next or previous
 * step. The slide's map is a picture, so a swipe on it turns the step too; a touch with more than
 * one finger is the browser's (a pinch to zoom the page).
 */
export class SwipeTracker {
	private start: { x: number; y: number } | null = null;

	begin(x: number, y: number, fingers: number): void {
		this.start = fingers === 1 ? { x, y } : null;
	}

	end(x: number, y: number): 'next' | 'previous' | null {
		const start = this.start;
		this.start = null;
		return start ? swipeDirection(x - start.x, y - start.y) : null;
	}
}

/** The window's touch handlers for a walk: a sideways swipe calls `onswipe` with its direction. */
export function swipeHandlers(onswipe: (direction: 'next' | 'previous') => void) {
	const swipe = new SwipeTracker();
	return {
		ontouchstart(event: TouchEvent) {
			const touch = event.touches[0];
			if (touch) swipe.begin(touch.clientX, touch.clientY, event.touches.length);
		},
		ontouchend(event: TouchEvent) {
			const touch = event.changedTouches[0];
			const direction = touch ? swipe.end(touch.clientX, touch.clientY) : null;
			if (direction) onswipe(direction);
		}
	};
}
