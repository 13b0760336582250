import { describe, expect, it } from 'vitest';
import { fullscreenKeyAction, fullscreenLabel, isTypingTarget } from './fullscreen';

const press = (key: string, extra: Partial<Parameters<typeof fullscreenKeyAction>[0]> = {}) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	inField: false,
	...extra
});

describe('fullscreenKeyAction', () => {
	it('F enters full screen, and leaves it when already there', () => {
		expect(fullscreenKeyAction(press('f'), false)).toBe('enter');
		expect(fullscreenKeyAction(press('F'), false)).toBe('enter');
		expect(fullscreenKeyAction(press('f'), true)).toBe('leave');
	});

	it('Escape only leaves', () => {
		expect(fullscreenKeyAction(press('Escape'), true)).toBe('leave');
		expect(fullscreenKeyAction(press('Escape'), false)).toBeNull();
		expect(fullscreenKeyAction(press('Escape', { inField: true }), true)).toBe('leave');
	});

	it('ignores F typed in a field or pressed with the browser’s modifiers', () => {
		expect(fullscreenKeyAction(press('f', { inField: true }), false)).toBeNull();
		expect(fullscreenKeyAction(press('f', { ctrlKey: true }), false)).toBeNull();
		expect(fullscreenKeyAction(press('F', { metaKey: true }), true)).toBeNull();
		expect(fullscreenKeyAction(press('g'), false)).toBeNull();
	});
});

describe('fullscreenLabel', () => {
	it('names what the button will do', () => {
		expect(fullscreenLabel(false)).toBe('Full screen');
		expect(fullscreenLabel(true)).toBe('Leave full screen');
	});
});

describe('isTypingTarget', () => {
	const element = (matches: boolean) => ({ closest: () => (matches ? {} : null) });
	it('knows fields from everything else', () => {
		expect(isTypingTarget(element(true) as unknown as EventTarget)).toBe(true);
		expect(isTypingTarget(element(false) as unknown as EventTarget)).toBe(false);
		expect(isTypingTarget(null)).toBe(false);
	});
});
