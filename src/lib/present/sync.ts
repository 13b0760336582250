/**
 * Keeps the slide window and the presenter window on the same step, whichever one the clicker
 * drives: they talk over a BroadcastChannel (same origin, no server). A window that opens asks
 * where the walk is; the others answer with their step.
 */
export type WalkMessage = { kind: 'at'; step: number } | { kind: 'where' };

/** One channel per copy of the site, so two builds under different paths do not cross. */
export function walkChannelName(base: string): string {
	return `classroom-walk:${base || '/'}`;
}

/** Only well-formed messages about a real step get through. */
export function readWalkMessage(data: unknown, total: number): WalkMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const message = data as Record<string, unknown>;
	if (message.kind === 'where') return { kind: 'where' };
	const step = message.step;
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
	close(): void;
}

export function joinWalk(
	channel: BroadcastChannel,
	total: number,
	handlers: { onStep: (step: number) => void; onAsked: () => void }
): WalkLink {
	channel.onmessage = (event: MessageEvent) => {
		const message = readWalkMessage(event.data, total);
		if (message?.kind === 'at') handlers.onStep(message.step);
		else if (message?.kind === 'where') handlers.onAsked();
	};
	return {
		tell: (step) => channel.postMessage({ kind: 'at', step } satisfies WalkMessage),
		ask: () => channel.postMessage({ kind: 'where' } satisfies WalkMessage),
		close: () => channel.close()
	};
}
