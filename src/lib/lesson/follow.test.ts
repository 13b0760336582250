import { describe, expect, it, vi } from 'vitest';
import {
	announceStep,
	classroomServerFound,
	followSteps,
	stepOfEvent,
	type FollowState,
	type StepSource
} from './follow';

/** A stand-in for EventSource that the test drives. */
function fakeSource() {
	const listeners: ((event: MessageEvent<string>) => void)[] = [];
	const source: StepSource & { url?: string; closed: boolean } = {
		readyState: 0,
		onopen: null,
		onerror: null,
		closed: false,
		addEventListener: (_type, listener) => listeners.push(listener),
		close() {
			this.closed = true;
			this.readyState = 2;
		}
	};
	const send = (data: string) => listeners.forEach((l) => l({ data } as MessageEvent<string>));
	return { source, send };
}

describe('following the teacher', () => {
	it('says nothing to a host until it is known to be a classroom’s server', () => {
		const fetcher = vi.fn(async () => new Response(null, { status: 204 }));
		announceStep('/abductions', 3, fetcher as unknown as typeof fetch);
		expect(fetcher).not.toHaveBeenCalled();
		classroomServerFound();
		announceStep('/abductions', 3, fetcher as unknown as typeof fetch);
		expect(fetcher).toHaveBeenCalledWith('/abductions/classroom/step', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"step":3}'
		});
	});

	it('reads a step from the server’s events and ignores anything else', () => {
		expect(stepOfEvent('{"step":4}')).toBe(4);
		expect(stepOfEvent('{"step":0}')).toBeNull();
		expect(stepOfEvent('hello')).toBeNull();
	});

	it('turns with the slide once the stream opens, and lets go when stopped', () => {
		const { source, send } = fakeSource();
		const states: FollowState[] = [];
		const steps: number[] = [];
		let url = '';
		const stop = followSteps(
			'',
			(step) => steps.push(step),
			(state) => states.push(state),
			(address) => ((url = address), source)
		);
		expect(url).toBe('/classroom/follow');
		source.readyState = 1;
		source.onopen!(new Event('open'));
		send('{"step":5}');
		send('not a step');
		// A lost connection is tried again: still following, not unavailable.
		source.readyState = 0;
		source.onerror!(new Event('error'));
		expect(steps).toEqual([5]);
		expect(states).toEqual(['connecting', 'following', 'connecting']);
		stop();
		expect(source.closed).toBe(true);
	});

	it('says following is unavailable where the host has no classroom server', () => {
		const { source } = fakeSource();
		const states: FollowState[] = [];
		followSteps(
			'',
			() => {},
			(state) => states.push(state),
			() => source
		);
		source.readyState = 2;
		source.onerror!(new Event('error'));
		expect(states).toEqual(['connecting', 'unavailable']);
		expect(source.closed).toBe(true);
	});
});
