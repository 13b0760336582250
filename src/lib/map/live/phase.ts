/**
 * The live map's life: loading until its first frame is drawn, then ready; or failed, for good,
 * when WebGL or the geometry is missing or the reader chose the static map. A map still loading
 * after SLOW_START_MS is marked slow, and the notice offers the static map.
 */
export type MapPhase =
	| { status: 'loading'; slow: boolean }
	| { status: 'ready' }
	| { status: 'failed'; reason: MapFailure };

export type MapEvent = { type: 'drawn' } | { type: 'slow' } | { type: 'fail'; reason: MapFailure };

/**
 * Why the static map stays, in words the reader's language has (the catalog's `unavailable`):
 * the reader chose it while the live map was slow, the browser cannot draw WebGL 2, or any other
 * error. The engine's own message (English, with its links) goes to the console only.
 */
export type MapFailure = 'slow' | 'webgl' | 'error';

/** What a failure to start is, from what the engine threw or reported. */
export function failureOf(error: unknown): MapFailure {
	// MapLibre's own error when the browser gives it no WebGL 2 context.
	if (error instanceof Error && error.name === 'GPUInitializationError') return 'webgl';
	return 'error';
}

/** Old classroom machines without a graphics card can take a long time to start WebGL. */
export const SLOW_START_MS = 15_000;

export const LOADING: MapPhase = { status: 'loading', slow: false };

/** Only a loading map changes: a ready map stays ready, a failed one stays failed. */
export function advance(phase: MapPhase, event: MapEvent): MapPhase {
	if (phase.status !== 'loading') return phase;
	if (event.type === 'drawn') return { status: 'ready' };
	if (event.type === 'slow') return { status: 'loading', slow: true };
	return { status: 'failed', reason: event.reason };
}
