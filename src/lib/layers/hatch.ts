/**
 * The hatch: diagonal lines over a country's fill, the non-colour cue for uncertain or
 * context-only facts. One definition, drawn three ways: as RGBA pixels for MapLibre, as an SVG
 * pattern for the static and first-paint maps, and as a CSS background for the legend's swatch.
 */
export const HATCH = {
	/** Dark grey lines, three-quarters opaque, so the fill still shows between and through them. */
	rgb: [40, 40, 40] as const,
	opacity: 0.75,
	/** Line width and period, in CSS pixels (SVG user units on the static maps). */
	width: 1.6,
	period: 6
};

const hex = `#${HATCH.rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The pattern's markup for an SVG `<defs>`; shapes use it as `fill="url(#id)"`. */
export function hatchPatternSvg(id: string): string {
	return (
		`<pattern id="${id}" width="${HATCH.period}" height="${HATCH.period}" ` +
		`patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		`<rect width="${HATCH.width}" height="${HATCH.period}" fill="${hex}" opacity="${HATCH.opacity}"/>` +
		`</pattern>`
	);
}

/** A CSS background layer drawing the same lines (for the legend's swatch). */
export function hatchCssBackground(): string {
	const colour = `rgb(${HATCH.rgb.join(' ')} / ${HATCH.opacity})`;
	return `repeating-linear-gradient(-45deg, ${colour} 0 ${HATCH.width}px, transparent ${HATCH.width}px ${HATCH.period}px)`;
}

/**
 * Diagonal lines on transparent as RGBA pixels for map.addImage, drawn without a canvas. The
 * tile is a whole number of pixels, so MapLibre repeats it without seams: lines 2 pixels wide
 * every `size`.
 */
export function hatchPixels(size = 8): Uint8Array {
	const pixels = new Uint8Array(size * size * 4);
	const alpha = Math.round(HATCH.opacity * 255);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			if ((x + y) % size < 2) pixels.set([...HATCH.rgb, alpha], (y * size + x) * 4);
		}
	}
	return pixels;
}
