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

/** The second hatch's pattern id, beside the plain one's: `h` -> `h-cross`. */
export const crossId = (id: string) => `${id}-cross`;

/**
 * The pattern's markup for an SVG `<defs>`; shapes use it as `fill="url(#id)"`. With `cross`,
 * the lines run both ways: the hatch of what the document reports only second-hand.
 */
export function hatchPatternSvg(id: string, cross = false): string {
	const line = `<rect width="${HATCH.width}" height="${HATCH.period}" fill="${hex}" opacity="${HATCH.opacity}"/>`;
	const across = `<rect width="${HATCH.period}" height="${HATCH.width}" fill="${hex}" opacity="${HATCH.opacity}"/>`;
	return (
		`<pattern id="${id}" width="${HATCH.period}" height="${HATCH.period}" ` +
		`patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		line +
		(cross ? across : '') +
		`</pattern>`
	);
}

/** Both hatches' patterns, the plain one as `id` and the crossed one as `crossId(id)`. */
export function hatchPatternsSvg(id: string): string {
	return hatchPatternSvg(id) + hatchPatternSvg(crossId(id), true);
}

/** A CSS background layer drawing the same lines (for the legend's swatch). */
export function hatchCssBackground(cross = false): string {
	const colour = `rgb(${HATCH.rgb.join(' ')} / ${HATCH.opacity})`;
	const lines = (angle: number) =>
		`repeating-linear-gradient(${angle}deg, ${colour} 0 ${HATCH.width}px, transparent ${HATCH.width}px ${HATCH.period}px)`;
	return cross ? `${lines(-45)}, ${lines(45)}` : lines(-45);
}

/**
 * Diagonal lines on transparent as RGBA pixels for map.addImage, drawn without a canvas. The
 * tile is a whole number of pixels, so MapLibre repeats it without seams: lines 2 pixels wide
 * every `size`.
 */
export function hatchPixels(size = 8, cross = false): Uint8Array {
	const pixels = new Uint8Array(size * size * 4);
	const alpha = Math.round(HATCH.opacity * 255);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const across = cross && (x - y + size) % size < 2;
			if ((x + y) % size < 2 || across) pixels.set([...HATCH.rgb, alpha], (y * size + x) * 4);
		}
	}
	return pixels;
}
