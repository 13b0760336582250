import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveMapStarter } from './starter';

/** A map's creation the test finishes when it wants to. */
function pending() {
	let finish: (map: { remove: () => void } | undefined) => void = () => {};
	let fail: (error: Error) => void = () => {};
	const made = new Promise<{ remove: () => void } | undefined>((resolve, reject) => {
		finish = resolve;
		fail = reject;
	});
	return { made, finish: (map?: { remove: () => void }) => finish(map), fail };
}

function starterWith(made: Promise<{ remove: () => void } | undefined>) {
	const events: string[] = [];
	const create = vi.fn(() => made);
	const starter = liveMapStarter({
		create,
		slowAfterMs: 15_000,
		onslow: () => events.push('slow'),
		onfail: (error) => events.push(`fail: ${(error as Error).message}`),
		onstop: () => events.push('stop')
	});
	return { starter, create, events };
}

describe('liveMapStarter', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	it('makes the map once, however often it is asked', () => {
		const { starter, create } = starterWith(pending().made);
		expect(starter.start()).toBe(true);
		expect(starter.start()).toBe(false);
		expect(create).toHaveBeenCalledTimes(1);
	});

	it('removes a map that arrives after it was stopped, and never starts again', async () => {
		const creation = pending();
		const { starter, create, events } = starterWith(creation.made);
		starter.start();
		starter.stop();
		const map = { remove: vi.fn() };
		creation.finish(map);
		await creation.made;
		await Promise.resolve();
		expect(map.remove).toHaveBeenCalledTimes(1);
		expect(starter.start()).toBe(false);
		expect(create).toHaveBeenCalledTimes(1);
		expect(events).toEqual(['stop', 'stop']);
	});

	it('says a map is slow to come, and why one failed', async () => {
		const creation = pending();
		const { starter, events } = starterWith(creation.made);
		starter.start();
		vi.advanceTimersByTime(15_000);
		creation.fail(new Error('no WebGL'));
		await creation.made.catch(() => {});
		await Promise.resolve();
		expect(events).toEqual(['slow', 'fail: no WebGL']);
	});

	it('says nothing of slowness once stopped', () => {
		const { starter, events } = starterWith(pending().made);
		starter.start();
		starter.stop();
		vi.advanceTimersByTime(15_000);
		expect(events).toEqual(['stop']);
	});
});
