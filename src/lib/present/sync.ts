/**
 * Keeps the slide window and the presenter window on the same step, whichever one the clicker
 * drives: they talk over a BroadcastChannel (same origin, no server). A window that opens asks
 * where the walk is; the others answer with their step. The lesson's overlays on the slide (a
 * question's answer revealed, the QR code shown) and the blank screen (B, W) travel on the same
 * channel.
 */
import type { Blank } from './screen';

export type WalkMessage =
	| { kind: 'at'; step: number }
	| { kind: 'where' }
	| { kind: 'blank'; blank: Blank | null }
	| LessonMessage;

/**
 * What the slide shows over the step: a question (its id) asked, and with `revealed` its answer
 * too, and the QR code.
 */
export interface LessonOverlay {
	step: number;
	answer: string | null;
	revealed: boolean;
	qr: boolean;
}
type LessonMessage = { kind: 'lesson' } & LessonOverlay;

/** One channel per copy of the site, so two builds under different paths do not cross. */
export function walkChannelName(base: string): string {
	return `classroom-walk:${base || '/'}`;
}

/** Only well-formed messages about a real step get through. */
export function readWalkMessage(data: unknown, total: number): WalkMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const message = data as Record<string, unknown>;
	if (message.kind === 'where') return { kind: 'where' };
	if (message.kind === 'blank') {
		const { blank } = message;
		return blank === null || blank === 'black' || blank === 'white'
			? { kind: 'blank', blank }
			: null;
	}
	const step = message.step;
	if (message.kind === 'lesson') {
		const { answer, revealed, qr } = message;
		const wellFormed =
			Number.isInteger(step) &&
			(step as number) >= 1 &&
			(step as number) <= total &&
			(answer === null || typeof answer === 'string') &&
			typeof revealed === 'boolean' &&
			typeof qr === 'boolean';
		return wellFormed ? { kind: 'lesson', step: step as number, answer, revealed, qr } : null;
	}
	if (message.kind === 'at' && Number.isInteger(step) && (step as number) >= 1) {
		if ((step as number) <= total) return { kind: 'at', step: step as number };
	}
	return null;
}

export interface WalkLink {
	/** Tells the other windows this window is now on `step`. */
	tell(step: number): void;
	/** Asks the other windows where the walk is. */
	ask(): void;
	/** Tells the other windows what the slide now shows over the step. */
	show(overlay: LessonOverlay): void;
	/** Tells the other windows the slide is blanked (black or white), or shown again (null). */
	blank(blank: Blank | null): void;
	close(): void;
}

export function joinWalk(
	channel: BroadcastChannel,
	total: number,
	handlers: {
		onStep: (step: number) => void;
		onAsked: () => void;
		onLesson?: (overlay: LessonOverlay) => void;
		onBlank?: (blank: Blank | null) => void;
	}
): WalkLink {
	channel.onmessage = (event: MessageEvent) => {
		const message = readWalkMessage(event.data, total);
		if (message?.kind === 'at') handlers.onStep(message.step);
		else if (message?.kind === 'where') handlers.onAsked();
		else if (message?.kind === 'blank') handlers.onBlank?.(message.blank);
		else if (message?.kind === 'lesson') {
			const { step, answer, revealed, qr } = message;
			handlers.onLesson?.({ step, answer, revealed, qr });
		}
	};
	return {
		tell: (step) => channel.postMessage({ kind: 'at', step } satisfies WalkMessage),
		ask: () => channel.postMessage({ kind: 'where' } satisfies WalkMessage),
		show: (overlay) => channel.postMessage({ kind: 'lesson', ...overlay } satisfies WalkMessage),
		blank: (blank) => channel.postMessage({ kind: 'blank', blank } satisfies WalkMessage),
		close: () => channel.close()
	};
}
