import { describe, expect, it, vi } from 'vitest';
import { wantsLiveMap, whenIdleAfterLoad } from './start';

describe('wantsLiveMap', () => {
	it('takes wheel, drag and pinch as a reach for the live map', () => {
		for (const type of ['wheel', 'pointerdown', 'touchstart'])
			expect(wantsLiveMap({ type })).toBe(true);
	});
	it('takes the zoom keys, not the keys the world in the page answers itself', () => {
		expect(wantsLiveMap({ type: 'keydown', key: '+' })).toBe(true);
		expect(wantsLiveMap({ type: 'keydown', key: '-' })).toBe(true);
		expect(wantsLiveMap({ type: 'keydown', key: 'Enter' })).toBe(false);
		expect(wantsLiveMap({ type: 'keydown', key: 'Tab' })).toBe(false);
		expect(wantsLiveMap({ type: 'keydown', key: '+', ctrlKey: true })).toBe(false);
		expect(wantsLiveMap({ type: 'pointermove' })).toBe(false);
		expect(wantsLiveMap({ type: 'focusin' })).toBe(false);
	});
});

function fakeWindow(readyState: string, idle: boolean) {
	const listeners: (() => void)[] = [];
	const win = {
		document: { readyState },
		addEventListener: vi.fn((_: 'load', listener: () => void) => listeners.push(listener)),
		removeEventListener: vi.fn(),
		requestIdleCallback: idle ? vi.fn((callback: () => void) => (callback(), 7)) : undefined,
		cancelIdleCallback: vi.fn(),
		setTimeout: vi.fn((callback: () => void) => (callback(), 3)),
		clearTimeout: vi.fn()
	};
	return { win, load: () => listeners.forEach((l) => l()) };
}

describe('whenIdleAfterLoad', () => {
	it('waits for the load event, then for an idle moment', () => {
		const { win, load } = fakeWindow('interactive', true);
		const callback = vi.fn();
		whenIdleAfterLoad(callback, win);
		expect(callback).not.toHaveBeenCalled();
		load();
		expect(win.requestIdleCallback).toHaveBeenCalledOnce();
		expect(callback).toHaveBeenCalledOnce();
	});
	it('goes straight to idle on a loaded page, and uses a timer without idle callbacks', () => {
		const loaded = fakeWindow('complete', false);
		const callback = vi.fn();
		whenIdleAfterLoad(callback, loaded.win);
		expect(loaded.win.setTimeout).toHaveBeenCalledOnce();
		expect(callback).toHaveBeenCalledOnce();
	});
	it('can be cancelled before the page loads', () => {
		const { win } = fakeWindow('loading', true);
		const callback = vi.fn();
		const cancel = whenIdleAfterLoad(callback, win);
		cancel();
		const added = win.addEventListener.mock.calls[0]![1];
		expect(win.removeEventListener).toHaveBeenCalledWith('load', added);
		expect(callback).not.toHaveBeenCalled();
	});
});
