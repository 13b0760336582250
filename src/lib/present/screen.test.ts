import { describe, expect, it } from 'vitest';
import { PLAIN_SCREEN, screenAfterKey } from './screen';

describe('the slide screen', () => {
	it('blanks black on B or ., white on W, and any key returns without moving the walk', () => {
		const black = screenAfterKey(PLAIN_SCREEN, 'black');
		expect(black).toEqual({ screen: { blank: 'black', overview: false }, spent: true });
		expect(screenAfterKey(PLAIN_SCREEN, 'white').screen.blank).toBe('white');
		expect(screenAfterKey(black.screen, 'next')).toEqual({ screen: PLAIN_SCREEN, spent: true });
		expect(screenAfterKey(black.screen, null)).toEqual({ screen: PLAIN_SCREEN, spent: true });
		// Pressed twice, the blank key wakes the screen rather than keeping it dark.
		expect(screenAfterKey(black.screen, 'black').screen.blank).toBeNull();
	});

	it('opens and closes the overview with O, and with Escape when nothing else is open', () => {
		const open = screenAfterKey(PLAIN_SCREEN, 'overview');
		expect(open).toEqual({ screen: { blank: null, overview: true }, spent: true });
		expect(screenAfterKey(open.screen, 'escape').screen.overview).toBe(false);
		expect(screenAfterKey(PLAIN_SCREEN, 'escape').screen.overview).toBe(true);
		expect(screenAfterKey(open.screen, 'overview').screen.overview).toBe(false);
	});

	it('closes the overview on a jump and lets the jump move the walk', () => {
		const open = { blank: null, overview: true };
		expect(screenAfterKey(open, 'step-4')).toEqual({ screen: PLAIN_SCREEN, spent: false });
		expect(screenAfterKey(open, 'next')).toEqual({ screen: open, spent: false });
	});
});
