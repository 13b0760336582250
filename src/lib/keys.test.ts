import { describe, expect, it } from 'vitest';
import { CLASSROOM_KEYS, keyAction, MAP_KEYS } from './keys';

const press = (
	key: string,
	modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}
) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	...modifiers
});

describe('keyAction', () => {
	it('reads the arrows the same way on the map and in the classroom', () => {
		for (const table of [MAP_KEYS, CLASSROOM_KEYS]) {
			expect(keyAction(table, press('ArrowRight'))).toBe('next');
			expect(keyAction(table, press('ArrowDown'))).toBe('next');
			expect(keyAction(table, press('ArrowLeft'))).toBe('previous');
			expect(keyAction(table, press('ArrowUp'))).toBe('previous');
		}
	});

	it('on the map: Enter opens, plus (or =) and minus zoom', () => {
		expect(keyAction(MAP_KEYS, press('Enter'))).toBe('open');
		expect(keyAction(MAP_KEYS, press('+'))).toBe('zoom-in');
		expect(keyAction(MAP_KEYS, press('='))).toBe('zoom-in');
		expect(keyAction(MAP_KEYS, press('-'))).toBe('zoom-out');
		expect(keyAction(MAP_KEYS, press(' '))).toBeUndefined();
		expect(keyAction(MAP_KEYS, press('f'))).toBeUndefined();
	});

	it('in the classroom: clicker keys step, Home and End jump, F in either case is full screen', () => {
		expect(keyAction(CLASSROOM_KEYS, press('PageDown'))).toBe('next');
		expect(keyAction(CLASSROOM_KEYS, press(' '))).toBe('next');
		expect(keyAction(CLASSROOM_KEYS, press('PageUp'))).toBe('previous');
		expect(keyAction(CLASSROOM_KEYS, press('Home'))).toBe('first');
		expect(keyAction(CLASSROOM_KEYS, press('End'))).toBe('last');
		expect(keyAction(CLASSROOM_KEYS, press('f'))).toBe('fullscreen');
		expect(keyAction(CLASSROOM_KEYS, press('F'))).toBe('fullscreen');
		expect(keyAction(CLASSROOM_KEYS, press('Enter'))).toBeUndefined();
	});

	it('leaves the browser its shortcuts and ignores keys it does not know', () => {
		expect(keyAction(MAP_KEYS, press('ArrowRight', { altKey: true }))).toBeUndefined();
		expect(keyAction(CLASSROOM_KEYS, press('f', { ctrlKey: true }))).toBeUndefined();
		expect(keyAction(CLASSROOM_KEYS, press('End', { metaKey: true }))).toBeUndefined();
		expect(keyAction(MAP_KEYS, press('toString'))).toBeUndefined();
		expect(keyAction(CLASSROOM_KEYS, press('x'))).toBeUndefined();
	});
});
