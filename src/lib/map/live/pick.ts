import { nearestCopy } from '../names/callouts';
import { HIT_LAYERS, linkEnds } from './ids';

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
	| {
			type: 'link';
			id: string;
			title: string;
			lines: string[];
			/** The other lines as near the pointer as this one, by their titles: the tooltip names them. */
			also: string[];
			x: number;
			y: number;
	  };

/** Pixels around the pointer in which a small country's dot or a line counts as hit. */
export const SMALL_HIT_RADIUS = 14;
export const LINE_HIT_RADIUS = 5;
/**
 * Over a country a line counts only where it is drawn (its width and casing), so a small country
 * that lines cross or end in (South Korea at world scale) can still be pointed at beside them.
 */
export const LINE_ON_LAND_RADIUS = 2.5;
/**
 * Lines this many pixels or less further from the pointer than the nearest count as under it too:
 * a line is drawn 2 to 3 px wide, so where two lie this close the eye cannot tell them apart.
 */
export const LINE_TIE = 2;

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

/** The squared distance from p to the segment from a to b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length2 = dx * dx + dy * dy;
	const t = length2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0;
	return (a.x + t * dx - p.x) ** 2 + (a.y + t * dy - p.y) ** 2;
}

/** The parts of a rendered line, as lists of longitude/latitude. */
function lineParts(geometry: RenderedFeature['geometry']): [number, number][][] {
	const coordinates = geometry.coordinates as [number, number][] | [number, number][][] | undefined;
	if (!coordinates?.length) return [];
	return geometry.type === 'MultiLineString'
		? (coordinates as [number, number][][])
		: [coordinates as [number, number][]];
}

/**
 * How far a rendered line passes from the pointer, in pixels. A tile hands its piece back in
 * longitudes of -180 to 180 while the map's frame runs past 180, so each piece is made
 * continuous and measured on whichever copy of the world lies nearest the pointer.
 */
export function lineDistance(
	map: Pick<PickableMap, 'project'>,
	geometry: RenderedFeature['geometry'],
	point: Point
): number {
	let nearest = Infinity;
	for (const part of lineParts(geometry)) {
		let previous = part[0]?.[0] ?? 0;
		const continuous = part.map(([lng, lat]): [number, number] => {
			previous = nearestCopy(lng, previous);
			return [previous, lat];
		});
		for (const shift of [0, -360, 360]) {
			const onScreen = continuous.map(([lng, lat]) => map.project([lng + shift, lat]));
			for (let i = 0; i < onScreen.length; i++)
				nearest = Math.min(
					nearest,
					segmentDistance2(point, onScreen[Math.max(0, i - 1)]!, onScreen[i]!)
				);
		}
	}
	return Math.sqrt(nearest);
}

interface LineUnder {
	id: string;
	title: string;
	lines: string[];
	distance: number;
}

/**
 * The line the pointer is on. Where lines lie within LINE_TIE of the nearest, the shortest on
 * screen is taken, since a longer line can be pointed at along the rest of its length and a short
 * one (Japan to South Korea at world scale) often nowhere else; the others are named with it.
 */
export function lineUnder(
	under: readonly LineUnder[],
	screenLength: (id: string) => number,
	radius = LINE_HIT_RADIUS
): { chosen: LineUnder; also: string[] } | null {
	const byId = new Map<string, LineUnder>();
	for (const line of under) {
		const known = byId.get(line.id);
		if (!known || line.distance < known.distance) byId.set(line.id, line);
	}
	const lines = [...byId.values()].filter((line) => line.distance <= radius);
	if (!lines.length) return null;
	const nearest = Math.min(...lines.map((line) => line.distance));
	const tied = lines
		.filter((line) => line.distance <= nearest + LINE_TIE)
		.map((line) => ({ line, length: screenLength(line.id) }))
		.sort((a, b) => a.length - b.length || a.line.id.localeCompare(b.line.id))
		.map(({ line }) => line);
	return { chosen: tied[0]!, also: tied.slice(1).map((line) => line.title) };
}

/**
 * What the pointer is over on the live map (MapView passes this, from the live map's code, to the
 * hand): lines lying together are told apart by their length between their countries' places.
 */
export function pickOnMap(
	map: PickableMap,
	point: Point,
	places: ReadonlyMap<string, [number, number]>
): Hit | null {
	return pickAt(map, point, HIT_LAYERS, (id) => {
		const [from, to] = linkEnds(id);
		return screenLength(map, places.get(from), places.get(to));
	});
}

/** MapLibre hands array properties back as JSON text. */
export function linkDetail(raw: unknown): string[] {
	return (Array.isArray(raw) ? raw : JSON.parse(String(raw))) as string[];
}

/**
 * What the pointer is over, in priority order: a small country's dot (nearest within
 * SMALL_HIT_RADIUS, so tiny states are easy targets), then a line (within LINE_HIT_RADIUS over
 * the sea, LINE_ON_LAND_RADIUS over a country), then the country's fill.
 */
export function pickAt(
	map: PickableMap,
	point: Point,
	layers: HitLayers,
	/** A line's length on screen, by its id, to choose between lines that lie together. */
	screenLength: (id: string) => number = () => 0
): Hit | null {
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
	const fill = map.queryRenderedFeatures([point.x, point.y], { layers: [...layers.fills] })[0];
	const line = lineUnder(
		map
			.queryRenderedFeatures(around(LINE_HIT_RADIUS), { layers: [...layers.lines] })
			.map((feature) => ({
				id: String(feature.properties.id),
				title: String(feature.properties.label),
				lines: linkDetail(feature.properties.detail),
				distance: lineDistance(map, feature.geometry, point)
			})),
		screenLength,
		fill ? LINE_ON_LAND_RADIUS : LINE_HIT_RADIUS
	);
	if (line) {
		const { id, title, lines } = line.chosen;
		return { type: 'link', id, title, lines, also: line.also, ...point };
	}
	if (!fill) return null;
	return {
		type: 'country',
		iso3: String(fill.properties.iso3 ?? ''),
		name: String(fill.properties.name),
		...point
	};
}

/**
 * A line's length on screen, end to end: lines run between their countries' places, and the
 * second end is taken on the copy of the world nearest the first, as the line is drawn.
 */
export function screenLength(
	map: Pick<PickableMap, 'project'>,
	from: [number, number] | undefined,
	to: [number, number] | undefined
): number {
	if (!from || !to) return Infinity;
	const a = map.project(from);
	const b = map.project([nearestCopy(to[0], from[0]), to[1]]);
	return Math.hypot(b.x - a.x, b.y - a.y);
}
