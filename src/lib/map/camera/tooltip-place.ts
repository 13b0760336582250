/**
 * Where the map's tooltip stands beside its point: below right, flipped left near the map's right
 * edge and up near its bottom, so it stays inside the map. One rule for every tooltip of the map:
 * the live map's, the SVG world's, and the world's first answer before the page's script
 * (static/early-answer.ts, bundled with this module).
 */
export const TOOLTIP_PLACE = { gap: 14, flipRight: 260, flipBottom: 140 };

/** The tooltip's CSS transform from its point, in a map `width` by `height` pixels. */
export function tooltipTransform(x: number, y: number, width: number, height: number): string {
	const { gap, flipRight, flipBottom } = TOOLTIP_PLACE;
	const away = (flip: boolean) => (flip ? `calc(-100% - ${gap}px)` : `${gap}px`);
	return `translate(${away(x > width - flipRight)}, ${away(y > height - flipBottom)})`;
}
