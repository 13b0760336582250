/** Nearest-centroid picking, so a country a few pixels wide is as easy to hover as a large one. */
export interface ScreenCandidate {
	iso3: string;
	x: number;
	y: number;
}

/** The candidate closest to the pointer within `radius` pixels, or undefined. */
export function nearestWithin<T extends ScreenCandidate>(
	candidates: readonly T[],
	pointer: { x: number; y: number },
	radius: number
): T | undefined {
	let best: T | undefined;
	let bestDistance = radius * radius;
	for (const c of candidates) {
		const d = (c.x - pointer.x) ** 2 + (c.y - pointer.y) ** 2;
		if (d <= bestDistance) {
			best = c;
			bestDistance = d;
		}
	}
	return best;
}
