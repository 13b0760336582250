import { describe, expect, it } from 'vitest';
import { SwipeTracker } from './swipe';

describe('SwipeTracker', () => {
	it('turns a long sideways swipe into a step, leftwards to the next', () => {
		const swipe = new SwipeTracker();
		swipe.begin(300, 400, 1);
		expect(swipe.end(100, 410)).toBe('next');
		swipe.begin(100, 400, 1);
		expect(swipe.end(300, 390)).toBe('previous');
	});

	it('leaves pinches and a release without a start alone', () => {
		const swipe = new SwipeTracker();
		swipe.begin(300, 400, 2);
		expect(swipe.end(100, 400)).toBeNull();
		expect(swipe.end(100, 400)).toBeNull();
	});

	it('forgets a swipe once it has been read', () => {
		const swipe = new SwipeTracker();
		swipe.begin(300, 400, 1);
		expect(swipe.end(100, 400)).toBe('next');
		expect(swipe.end(0, 400)).toBeNull();
	});
});
