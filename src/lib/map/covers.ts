/**
 * What lies over the map: the page's floating boxes (its legend) measured against the map's
 * frame, in the frame's pixels, as the camera (camera/cover.ts) and the names' search take them.
 * A box laid beside the map (a phone's legend, under it) covers nothing.
 */
import { coveredParts } from '$lib/present/fit-map';
import type { MapRect } from './camera/cover';

/**
 * Measures the covers now and again whenever the frame or one of them changes size, calling
 * `onchange` with the covered parts when they differ from the last; returns the unwatch.
 */
export function watchCovers(
	frame: Element,
	covers: readonly Element[],
	onchange: (parts: MapRect[]) => void
): () => void {
	let last = '';
	const measure = () => {
		const parts = coveredParts(
			frame.getBoundingClientRect(),
			covers.map((cover) => cover.getBoundingClientRect())
		).map(({ left, top, right, bottom }) => ({
			left: Math.round(left),
			top: Math.round(top),
			right: Math.round(right),
			bottom: Math.round(bottom)
		}));
		const key = JSON.stringify(parts);
		if (key === last) return;
		last = key;
		onchange(parts);
	};
	const resized = new ResizeObserver(measure);
	for (const element of [frame, ...covers]) resized.observe(element);
	measure();
	return () => resized.disconnect();
}
