/**
 * What lies over the map: the page's floating boxes (its legend), marked `data-map-cover` beside
 * the map's frame, measured against the frame in its pixels, as the camera (camera/cover.ts) and
 * the names' search take them. A box laid beside the map (a phone's legend, under it) covers
 * nothing. The page's script (MapView) and the first answer's (early-answer.ts) both read them so.
 */
import { coveredParts, type MapRect } from './camera/cover';

/** What marks a cover: the camera and the names keep clear of it. */
export const COVERS = '[data-map-cover]';
/**
 * Covers and the boxes only a notice keeps clear of (`data-map-aside`: a country's locator, which
 * the camera may frame a country beside).
 */
export const COVERS_AND_ASIDES = '[data-map-cover], [data-map-aside]';

/**
 * Covers and the map's own buttons (`data-map-tools`): the names keep clear of both, the camera
 * only of covers, so a country is not framed smaller for two small buttons.
 */
export const COVERS_AND_TOOLS = '[data-map-cover], [data-map-tools]';

/** The boxes a page lays over a map's frame: its siblings' elements marked `data-map-cover`. */
export function coversOf(frame: Element, selector = COVERS): Element[] {
	return [...(frame.parentElement?.querySelectorAll(selector) ?? [])];
}

/** The parts of the frame its covers lie over now, in its pixels, to the whole pixel. */
export function measureCovers(frame: Element, covers: readonly Element[] = coversOf(frame)) {
	return coveredParts(
		frame.getBoundingClientRect(),
		covers.map((cover) => cover.getBoundingClientRect())
	).map(({ left, top, right, bottom }) => ({
		left: Math.round(left),
		top: Math.round(top),
		right: Math.round(right),
		bottom: Math.round(bottom)
	}));
}

/**
 * Measures the covers now and again whenever the frame or one of them changes size, calling
 * `onchange` with the covered parts when they differ from the last; returns the unwatch.
 */
export function watchCovers(
	frame: Element,
	onchange: (parts: MapRect[]) => void,
	selector = COVERS
): () => void {
	const covers = coversOf(frame, selector);
	let last = '';
	const measure = () => {
		const parts = measureCovers(frame, covers);
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
