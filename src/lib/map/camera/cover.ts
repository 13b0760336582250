/**
 * What the boxes laid over a map (its floating legend) take from the frame a camera fits: the
 * margin on each side that keeps a fitted country clear of them. Both renderers use it, the live
 * map as fitBounds' padding and the SVG world in its viewBox (staticViewBox), so the country is
 * framed in the same place under the same legend on either.
 */
import type { Size } from './view-box';

/** Pixels kept clear on each side of a map, as MapLibre's camera options take them. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A rectangle in the map's own pixels, from its top left. */
export interface MapRect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * coverPadding's margins, with the map's size and covers they were drawn from: the whole world is
 * not fitted beside its covers but under them (world-fit.ts), and needs to know where they lie.
 */
export interface CoverPadding extends Padding {
	over?: { size: Size; covers: readonly MapRect[] };
}

/**
 * The parts of a map box that other boxes (a legend, a slide's insets) lie over, in the map's
 * own pixels, from rectangles on the page: where the camera and the names keep clear of. Boxes
 * beside the map (on a phone, under it) cover nothing.
 */
export function coveredParts(map: MapRect, covers: readonly MapRect[]): MapRect[] {
	return covers
		.map((cover) => ({
			left: Math.max(cover.left, map.left) - map.left,
			top: Math.max(cover.top, map.top) - map.top,
			right: Math.min(cover.right, map.right) - map.left,
			bottom: Math.min(cover.bottom, map.bottom) - map.top
		}))
		.filter((part) => part.right > part.left && part.bottom > part.top);
}

/**
 * A cover is left out only if the frame keeps at least this share of its width or height: a
 * legend wider than most of a narrow map is better lain over the sea than fitted beside.
 */
export const MIN_KEPT_SHARE = 0.45;

/**
 * The margins that leave every cover out of a size x size map: for each, the side whose strip,
 * from the cover's inner edge to the map's edge, costs the least of the map's area. A cover
 * outside the map covers nothing; one whose every strip would leave less than MIN_KEPT_SHARE of
 * the map is not left out.
 */
export function coverPadding(size: Size, covers: readonly MapRect[]): CoverPadding {
	const padding = { ...NO_PADDING };
	const { width, height } = size;
	for (const cover of covers) {
		const left = Math.max(0, cover.left);
		const top = Math.max(0, cover.top);
		const right = Math.min(width, cover.right);
		const bottom = Math.min(height, cover.bottom);
		if (right <= left || bottom <= top) continue;
		const strips = [
			{ side: 'left', cut: right, across: width, area: right * height },
			{ side: 'right', cut: width - left, across: width, area: (width - left) * height },
			{ side: 'top', cut: bottom, across: height, area: bottom * width },
			{ side: 'bottom', cut: height - top, across: height, area: (height - top) * width }
		] as const;
		const kept = strips.filter(({ cut, across }) => across - cut >= MIN_KEPT_SHARE * across);
		if (kept.length === 0) continue;
		const best = kept.reduce((a, b) => (b.area < a.area ? b : a));
		padding[best.side] = Math.max(padding[best.side], best.cut);
	}
	return { ...padding, over: { size, covers } };
}

/** Margins grown by the same few pixels on every side (the air round a fitted country). */
export function padBy(padding: Padding, extra: number): Padding {
	return {
		top: padding.top + extra,
		right: padding.right + extra,
		bottom: padding.bottom + extra,
		left: padding.left + extra
	};
}

/** A camera's padding, a number for every side or one per side, as one per side. */
export function paddingOf(padding: number | Padding | undefined): Padding {
	if (padding === undefined) return NO_PADDING;
	if (typeof padding === 'number')
		return { top: padding, right: padding, bottom: padding, left: padding };
	return padding;
}

/**
 * The part of a map's foot, `depth` pixels tall, that no cover lies over, as insets from the map's
 * left and right edges: a notice centred there never hides the legend's last rows. A cover
 * mostly in the right half narrows it from the right, any other from the left.
 */
export function openFoot(
	size: Size,
	covers: readonly MapRect[],
	depth: number
): { left: number; right: number } {
	const open = { left: 0, right: 0 };
	for (const cover of covers) {
		if (cover.bottom <= size.height - depth || cover.right <= cover.left) continue;
		if (cover.left + cover.right > size.width)
			open.right = Math.max(open.right, size.width - cover.left);
		else open.left = Math.max(open.left, cover.right);
	}
	return open;
}
