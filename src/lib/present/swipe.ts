import { swipeDirection } from './keys';

/**
 * Follows one finger from touch to release and says whether it swiped to the next or previous
 * step. A touch that starts on the map, or with more than one finger, is the map's own gesture.
 */
export class SwipeTracker {
	private start: { x: number; y: number } | null = null;

	begin(x: number, y: number, fingers: number, onMap: boolean): void {
		this.start = fingers === 1 && !onMap ? { x, y } : null;
	}

	end(x: number, y: number): 'next' | 'previous' | null {
		const start = this.start;
		this.start = null;
		return start ? swipeDirection(x - start.x, y - start.y) : null;
	}
}
