import { describe, expect, it } from 'vitest';
import { addReplays, DRAG_DISTANCE, listenForReach, reachDetector, replayOf } from './start';

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

describe('replayOf', () => {
	it('zooms a wheel turn in or out about the pointer, at MapLibre’s rate', () => {
		const into = replayOf(
			{ type: 'wheel', deltaY: -100, clientX: 150, clientY: 90 },
			{ left: 50, top: 40 }
		);
		// 2 / (1 + e^-1) = 1.462..., about 0.55 of a zoom level.
		expect(into?.zoomBy).toBeCloseTo(0.548, 3);
		expect(into?.around).toEqual({ x: 100, y: 50 });
		expect(replayOf({ type: 'wheel', deltaY: 100 })?.zoomBy).toBeCloseTo(-0.548, 3);
		expect(replayOf({ type: 'wheel', deltaY: 0 })).toBeNull();
	});
	it('zooms by one for plus and minus, and replays no drag', () => {
		expect(replayOf({ type: 'keydown', key: '+' })).toEqual({ zoomBy: 1 });
		expect(replayOf({ type: 'keydown', key: '-' })).toEqual({ zoomBy: -1 });
		expect(replayOf({ type: 'pointermove', clientX: 9, buttons: 1 })).toBeNull();
	});
	it('adds the turns made while the map starts', () => {
		const sum = addReplays(addReplays(null, { zoomBy: 0.5 }), {
			zoomBy: 0.25,
			around: { x: 1, y: 2 }
		});
		expect(sum).toEqual({ zoomBy: 0.75, around: { x: 1, y: 2 } });
	});
});
