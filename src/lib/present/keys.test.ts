import { describe, expect, it } from 'vitest';
import { stepAction, swipeDirection, targetStep } from './keys';

const press = (key: string, extra: Partial<Parameters<typeof stepAction>[0]> = {}) =>
	stepAction({ key, altKey: false, ctrlKey: false, metaKey: false, inField: false, ...extra });

describe('the classroom keys', () => {
	it('read what clickers send as next and previous', () => {
		expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => press(k))).toEqual(
			Array(4).fill('next')
		);
		expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => press(k))).toEqual(
			Array(3).fill('previous')
		);
		expect([press('Home'), press('End'), press('f'), press('P')]).toEqual([
			'first',
			'last',
			'fullscreen',
			'presenter'
		]);
	});

	it('leave alone modified keys, typing in a field and other keys', () => {
		expect(press('ArrowRight', { ctrlKey: true })).toBeNull();
		expect(press('p', { metaKey: true })).toBeNull();
		expect(press(' ', { inField: true })).toBeNull();
		expect(press('x')).toBeNull();
	});

	it('move within the walk and stop at its ends', () => {
		expect(targetStep('next', 3, 10)).toBe(4);
		expect(targetStep('next', 10, 10)).toBe(10);
		expect(targetStep('previous', 1, 10)).toBe(1);
		expect(targetStep('last', 2, 10)).toBe(10);
		expect(targetStep('first', 7, 10)).toBe(1);
		expect(targetStep('fullscreen', 7, 10)).toBeNull();
	});
});

describe('a swipe', () => {
	it('to the left goes on, to the right goes back', () => {
		expect(swipeDirection(-120, 10)).toBe('next');
		expect(swipeDirection(120, -10)).toBe('previous');
	});
	it('is not a short or mostly vertical move', () => {
		expect(swipeDirection(-30, 0)).toBeNull();
		expect(swipeDirection(-100, 80)).toBeNull();
	});
});

describe('the classroom screen and jump keys', () => {
	it('read B and . as black, W as white, O and Escape for the overview', () => {
		expect(['b', 'B', '.', 'w', 'W', 'o', 'O', 'Escape'].map((k) => press(k))).toEqual([
			'black',
			'black',
			'black',
			'white',
			'white',
			'overview',
			'overview',
			'escape'
		]);
	});

	it('jump with the number keys, 0 being the tenth step, never past the last', () => {
		expect(targetStep(press('1')!, 5, 10)).toBe(1);
		expect(targetStep(press('7')!, 5, 10)).toBe(7);
		expect(targetStep(press('0')!, 5, 10)).toBe(10);
		expect(targetStep(press('9')!, 5, 8)).toBeNull();
	});
});
