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

/** What is under the pointer, at the pointer's point in the map's pixels. */
export type Hit =
	| { type: 'country'; iso3: string; name: string; x: number; y: number }
	| { type: 'link'; id: string; title: string; lines: string[]; x: number; y: number };

/** Pixels around the pointer in which a small country's dot or a line counts as hit. */
export const SMALL_HIT_RADIUS = 14;
export const LINE_HIT_RADIUS = 5;

/** The layers to look in, by what they hold. */
export interface HitLayers {
	/** Dots for countries too small to point at. */
	dots: readonly string[];
	lines: readonly string[];
	fills: readonly string[];
}

/** A rendered feature as MapLibre returns it: only what picking reads. */
interface RenderedFeature {
	properties: Record<string, unknown>;
	geometry: { type: string; coordinates?: unknown };
}

type Point = { x: number; y: number };

/** The part of a MapLibre map that picking needs; a fake one stands in for it in the tests. */
export interface PickableMap {
	queryRenderedFeatures(
		where: [number, number] | [[number, number], [number, number]],
		options: { layers: string[] }
	): RenderedFeature[];
	project(lngLat: [number, number]): Point;
}

/** MapLibre hands array properties back as JSON text. */
export function linkDetail(raw: unknown): string[] {
	return (Array.isArray(raw) ? raw : JSON.parse(String(raw))) as string[];
}

/**
 * What the pointer is over, in priority order: a small country's dot (nearest within
 * SMALL_HIT_RADIUS, so tiny states are easy targets), then a line, then the country's fill.
 */
export function pickAt(map: PickableMap, point: Point, layers: HitLayers): Hit | null {
	const around = (r: number): [[number, number], [number, number]] => [
		[point.x - r, point.y - r],
		[point.x + r, point.y + r]
	];
	const dots = map
		.queryRenderedFeatures(around(SMALL_HIT_RADIUS), { layers: [...layers.dots] })
		.map((f) => {
			const at = map.project(f.geometry.coordinates as [number, number]);
			return { iso3: String(f.properties.iso3), name: String(f.properties.name), x: at.x, y: at.y };
		});
	const dot = nearestWithin(dots, point, SMALL_HIT_RADIUS);
	if (dot) return { type: 'country', iso3: dot.iso3, name: dot.name, ...point };
	const line = map.queryRenderedFeatures(around(LINE_HIT_RADIUS), { layers: [...layers.lines] })[0];
	if (line) {
		return {
			type: 'link',
			id: String(line.properties.id),
			title: String(line.properties.label),
			lines: linkDetail(line.properties.detail),
			...point
		};
	}
	const fill = map.queryRenderedFeatures([point.x, point.y], { layers: [...layers.fills] })[0];
	if (!fill) return null;
	return {
		type: 'country',
		iso3: String(fill.properties.iso3 ?? ''),
		name: String(fill.properties.name),
		...point
	};
}

/** The dataset country a hit is on, if any: what a click opens. */
export function openedBy(hit: Hit | null, codes: { has(iso3: string): boolean }): string | null {
	return hit?.type === 'country' && codes.has(hit.iso3) ? hit.iso3 : null;
}
