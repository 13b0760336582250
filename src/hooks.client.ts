import type { ClientInit } from '@sveltejs/kit';

/**
 * Hydrating the page is one long task on a slow machine. Before it, the page lets the browser
 * handle what the reader has already done and draw it: the world in the HTML answers hover and
 * focus by itself (map/static/early-answer.ts), so a pointer moved while the script was being read gets its
 * tooltip on screen now, not after hydration.
 */
export const init: ClientInit = () =>
	new Promise<void>((resolve) => {
		const go = () => {
			clearTimeout(fallback);
			resolve();
		};
		// A tab in the background draws no frames: it does not wait for one.
		const fallback = setTimeout(go, 50);
		// The task after the next frame: that frame shows what the reader's input changed.
		requestAnimationFrame(() => setTimeout(go, 0));
	});
