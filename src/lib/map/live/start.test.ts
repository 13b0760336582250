import { describe, expect, it } from 'vitest';
import { DRAG_DISTANCE, listenForReach, reachDetector } from './start';

describe('reachDetector', () => {
	it('takes the wheel and a two-finger pinch as a reach; one finger scrolls the page', () => {
		const reach = reachDetector();
		expect(reach({ type: 'wheel' })).toBe(true);
		expect(reach({ type: 'touchstart', touches: { length: 2 } })).toBe(true);
		expect(reach({ type: 'touchstart', touches: { length: 1 } })).toBe(false);
	});
	it('takes a drag as a reach, but not a click on a country, nor a hover', () => {
		const reach = reachDetector();
		const at = (type: string, clientX: number, buttons = 1) =>
			reach({ type, clientX, clientY: 100, buttons });
		expect(at('pointermove', 300, 0)).toBe(false);
		expect(at('pointerdown', 100)).toBe(false);
		expect(at('pointermove', 100 + DRAG_DISTANCE - 1)).toBe(false);
		expect(at('pointerup', 100 + DRAG_DISTANCE - 1)).toBe(false);
		// After the button is up, the pointer moving far is a hover.
		expect(at('pointermove', 400, 0)).toBe(false);
		expect(at('pointermove', 400)).toBe(false);
		expect(at('pointerdown', 100)).toBe(false);
		expect(at('pointermove', 100 + DRAG_DISTANCE)).toBe(true);
	});
	it('takes the zoom keys, not the keys the world in the page answers itself', () => {
		const reach = reachDetector();
		expect(reach({ type: 'keydown', key: '+' })).toBe(true);
		expect(reach({ type: 'keydown', key: '-' })).toBe(true);
		expect(reach({ type: 'keydown', key: 'Enter' })).toBe(false);
		expect(reach({ type: 'keydown', key: 'Tab' })).toBe(false);
		expect(reach({ type: 'keydown', key: '+', ctrlKey: true })).toBe(false);
		expect(reach({ type: 'focusin' })).toBe(false);
	});
});

it('listenForReach starts on a reach in the frame, and not after it is undone', () => {
	const frame = new EventTarget();
	let reaches = 0;
	const undo = listenForReach(frame, () => (reaches += 1));
	frame.dispatchEvent(new Event('pointermove'));
	expect(reaches).toBe(0);
	frame.dispatchEvent(new Event('wheel'));
	expect(reaches).toBe(1);
	undo();
	frame.dispatchEvent(new Event('wheel'));
	expect(reaches).toBe(1);
});
