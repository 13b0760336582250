/**
 * Where the whole world goes under the floating legend. Fitting the world beside the legend
 * shrinks it by a quarter; lain over it anywhere, the legend hid the United States. So the legend
 * lies over the world's open south-east corner, the Pacific south of Hawaii and South America,
 * where no country the document names lies, and the world is shrunk only as far as it takes to
 * bring that corner under the legend. Both renderers take it through selectionCamera.
 */
import { mercatorWidth, mercatorY } from './mercator.ts';
import { NO_PADDING, type MapRect, type Padding } from './cover.ts';
import type { Frame } from './frame.ts';
import type { Size } from './view-box.ts';

/**
 * Context, not from the document: east of 150°E and south of 18.5°N the frame holds no country
 * the document names (Japan ends at 146°E, Indonesia and the Philippines further west, Hawaii's
 * south shore at 18.9°N). A test checks it against the named countries' boxes.
 */
export const OPEN_CORNER = { west: 150, north: 18.5 };

/** The pixels a map of `size` draws a frame in when fitted with `padding`, as fitBounds does. */
export function fittedFrame(
	frame: Frame,
	size: Size,
	padding: Padding
): MapRect & { scale: number } {
	const [[west, south], [east, north]] = frame;
	const width = mercatorWidth(east - west);
	const height = mercatorY(north) - mercatorY(south);
	const clearWidth = size.width - padding.left - padding.right;
	const clearHeight = size.height - padding.top - padding.bottom;
	const scale = Math.min(clearWidth / width, clearHeight / height);
	const left = padding.left + (clearWidth - scale * width) / 2;
	const top = padding.top + (clearHeight - scale * height) / 2;
	return { left, top, right: left + scale * width, bottom: top + scale * height, scale };
}

/** Whether a cover lies over no part of the fitted frame but its open corner. */
function coverIsClear(frame: Frame, drawn: MapRect, cover: MapRect, open = OPEN_CORNER): boolean {
	const [[west, south], [east, north]] = frame;
	if (
		cover.right <= drawn.left ||
		cover.left >= drawn.right ||
		cover.bottom <= drawn.top ||
		cover.top >= drawn.bottom
	)
		return true;
	const x = drawn.left + ((open.west - west) / (east - west)) * (drawn.right - drawn.left);
	const share = (mercatorY(north) - mercatorY(open.north)) / (mercatorY(north) - mercatorY(south));
	const y = drawn.top + share * (drawn.bottom - drawn.top);
	return cover.left >= x && cover.top >= y;
}

/**
 * The padding with which the world frame, fitted to a map of `size`, keeps every cover in the
 * map's lower half (the legend) over its open corner: the largest world that does, pushed up,
 * left or both. Covers in the upper half (the layer control) lie over the Arctic as before; a
 * cover no shrink can clear leaves the world whole and unpadded.
 */
export function worldPadding(frame: Frame, size: Size, covers: readonly MapRect[]): Padding {
	const low = covers.filter((cover) => cover.bottom > size.height / 2);
	if (low.length === 0 || size.width <= 0 || size.height <= 0) return NO_PADDING;
	const fits = (padding: Padding) => {
		const drawn = fittedFrame(frame, size, padding);
		return drawn.scale > 0 && low.every((cover) => coverIsClear(frame, drawn, cover));
	};
	if (fits(NO_PADDING)) return NO_PADDING;
	let best: { padding: Padding; scale: number } | undefined;
	const [up, left] = [Math.max(...low.map((c) => c.bottom - c.top)), size.width / 2];
	const ways = [
		(step: number) => ({ ...NO_PADDING, bottom: step }),
		(step: number) => ({ ...NO_PADDING, right: (step * left) / up }),
		(step: number) => ({ ...NO_PADDING, bottom: step, right: (step * left) / up })
	];
	for (const way of ways)
		for (let step = 2; step <= up; step += 2) {
			const padding = way(step);
			if (!fits(padding)) continue;
			const { scale } = fittedFrame(frame, size, padding);
			if (!best || scale > best.scale) best = { padding, scale };
			break;
		}
	return best?.padding ?? NO_PADDING;
}
