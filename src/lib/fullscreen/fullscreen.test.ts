import { describe, expect, it } from 'vitest';
import { fullscreenKeyAction, fullscreenLabel, toggleFullscreen } from './fullscreen';

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

describe('toggleFullscreen', () => {
	const fakes = (fullscreenElement: object | null) => {
		const calls: string[] = [];
		const doc = {
			fullscreenElement: fullscreenElement as Element | null,
			exitFullscreen: async () => void calls.push('exit')
		};
		const target = { requestFullscreen: async () => void calls.push('request') };
		return { calls, doc, target };
	};

	it('asks for full screen when nothing is full screen, and leaves it otherwise', () => {
		const outside = fakes(null);
		toggleFullscreen(outside.doc, outside.target);
		expect(outside.calls).toEqual(['request']);
		const inside = fakes({});
		toggleFullscreen(inside.doc, inside.target);
		expect(inside.calls).toEqual(['exit']);
	});

	it('does nothing where the browser has no Fullscreen API', () => {
		const { doc, calls } = fakes(null);
		expect(() => toggleFullscreen(doc, {})).not.toThrow();
		expect(() => toggleFullscreen(doc, undefined)).not.toThrow();
		expect(calls).toEqual([]);
	});
});
