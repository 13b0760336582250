/**
 * Where the map's tooltip stands beside its point: below right, flipped left near the map's right
 * edge and up near its bottom, so it stays inside the map. One rule for every tooltip of the map:
 * the live map's, the SVG world's, and the world's first answer before the page's script
 * (static/early-answer.ts, bundled with this module).
 */
export const TOOLTIP_PLACE = { gap: 14, flipRight: 260, flipBottom: 140 };

/** A tooltip's measured size, in pixels. */
export interface TipSize {
	width: number;
	height: number;
}

/**
 * Where a tooltip of a known size goes along one axis (its offset from the point): after the
 * point where it fits, else before it, else as near the point as the map allows (a phone's map is
 * narrower than the point plus the tooltip on either side).
 */
function offsetAlong(at: number, tip: number, room: number, gap: number): number {
	if (at + gap + tip <= room) return gap;
	if (at - gap - tip >= 0) return -gap - tip;
	return Math.max(0, Math.min(at - tip / 2, room - tip)) - at;
}

/**
 * The tooltip's CSS transform from its point, in a map `width` by `height` pixels. Measured
 * (`tip`), it stays wholly inside the map; before it is measured, it flips by the fixed margins.
 */
export function tooltipTransform(
	x: number,
	y: number,
	width: number,
	height: number,
	tip?: TipSize
): string {
	const { gap, flipRight, flipBottom } = TOOLTIP_PLACE;
	if (tip && tip.width > 0 && tip.height > 0) {
		const dx = offsetAlong(x, tip.width, width, gap);
		// Pushed over the point sideways, it goes below or above it rather than over it.
		const beside = dx === gap || dx === -gap - tip.width;
		const dy = beside
			? offsetAlong(y, tip.height, height, gap)
			: y + gap + tip.height <= height
				? gap
				: Math.max(-y, -gap - tip.height);
		return `translate(${Math.round(dx)}px, ${Math.round(dy)}px)`;
	}
	const away = (flip: boolean) => (flip ? `calc(-100% - ${gap}px)` : `${gap}px`);
	return `translate(${away(x > width - flipRight)}, ${away(y > height - flipBottom)})`;
}
