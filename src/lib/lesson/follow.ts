/**
 * Follow the teacher: where the class uses the site served from the teacher's computer
 * (HOST=0.0.0.0 npm start), the projected slide tells that server its step and the students'
 * pages that chose to follow turn with it (Server-Sent Events, scripts/follow.js). One way and
 * read-only; on any other host there is no such server, and the page says so.
 */
import { FOLLOW_PATHS } from './follow-paths.js';

/** Whether this page's server is a classroom's (it gave the slide its network addresses). */
let classroomServer = false;

/** The slide learnt that its server is a classroom's: from now on it tells it each step. */
export function classroomServerFound(): void {
	classroomServer = true;
}

/** Tells the classroom's server the step the slide shows; nothing on any other host. */
export function announceStep(base: string, step: number, fetcher: typeof fetch = fetch): void {
	if (!classroomServer) return;
	void fetcher(`${base}${FOLLOW_PATHS.step}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ step })
	}).catch(() => {});
}

/** The step an event from the server carries, or null for anything else. */
export function stepOfEvent(data: string): number | null {
	try {
		const { step } = JSON.parse(data) as { step?: unknown };
		return Number.isInteger(step) && (step as number) >= 1 ? (step as number) : null;
	} catch {
		return null;
	}
}

/** How following stands: listening, trying again after a lost connection, or not on this host. */
export type FollowState = 'connecting' | 'following' | 'unavailable';

/** The part of EventSource that following needs (a fake stands in for it in tests). */
export interface StepSource {
	readyState: number;
	onopen: ((event: Event) => void) | null;
	onerror: ((event: Event) => void) | null;
	addEventListener(type: 'step', listener: (event: MessageEvent<string>) => void): void;
	close(): void;
}

/** EventSource's CLOSED: the browser gave up (the address answered with no stream). */
const CLOSED = 2;

/**
 * Listens for the slide's steps; returns what stops listening. A source that fails before it
 * ever opened is a host with no classroom server: following is unavailable there.
 */
export function followSteps(
	base: string,
	onStep: (step: number) => void,
	onState: (state: FollowState) => void,
	open: (url: string) => StepSource = (url) => new EventSource(url)
): () => void {
	const source = open(`${base}${FOLLOW_PATHS.follow}`);
	let opened = false;
	onState('connecting');
	source.onopen = () => {
		opened = true;
		onState('following');
	};
	source.onerror = () => {
		if (source.readyState === CLOSED || !opened) {
			source.close();
			onState('unavailable');
		} else onState('connecting');
	};
	source.addEventListener('step', (event) => {
		const step = stepOfEvent(event.data);
		if (step !== null) onStep(step);
	});
	return () => source.close();
}
