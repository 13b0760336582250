/**
 * WCAG's contrast ratio of two #rrggbb colours: how the map's fills are held apart from the sea
 * and from unmarked land, where a projector or a bright room washes pale fills out.
 */
export function contrastRatio(a: string, b: string): number {
	const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (high! + 0.05) / (low! + 0.05);
}

/** WCAG's relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
