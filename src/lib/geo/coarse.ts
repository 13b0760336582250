/**
 * The world in a map page's HTML, drawn no finer than the page shows it. `/` shows the whole world
 * at one or two pixels per unit, where a tenth of a unit is invisible: there every vertex snaps to
 * whole units and runs of vertices that stray less than half a unit from a straight line go, which
 * halves the world's bytes. A country's page zooms in up to ~17 times, so inside its frame every
 * vertex stays as it was. Shared borders stay shared: a border is simplified between the points
 * where its neighbours change, the same way from either side, so no gap opens between countries.
 */
import { compactPath } from './path';
import type { SvgCountry, SvgWorld } from './types';

/** [x, y, width, height] in the world's units, as an SVG viewBox. */
export type UnitsBox = readonly [number, number, number, number];

export interface CoarseRule {
	/** The grid (world units) a vertex outside the fine box snaps to. */
	grid: number;
	/** How far (world units) a simplified line may stray from the vertices it replaces. */
	tolerance: number;
}

/** The world's coarse rule: under a pixel of error up to COARSE_SCALE pixels per unit. */
export const WORLD_COARSE: CoarseRule = { grid: 1, tolerance: 0.5 };

/** Pixels per unit up to which the coarse world looks as the full one (its error under ~1.5 px). */
export const COARSE_SCALE = 2;

type Point = [number, number];

/** A path's rings (moves, lines, closes; absolute or relative) as points in tenths of a unit. */
export function ringsOf(d: string): Point[][] {
	const rings: Point[][] = [];
	let at: Point = [0, 0];
	let ring: Point[] | null = null;
	for (const command of d.match(/[MLZ][^MLZ]*/gi) ?? []) {
		const type = command[0]!;
		if (type === 'Z' || type === 'z') {
			if (ring) rings.push(ring);
			at = ring?.[0] ?? at;
			ring = null;
			continue;
		}
		const numbers = (command.slice(1).match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(
			(n) => Math.round(Number(n) * 10)
		);
		const relative = type === 'm' || type === 'l';
		for (let i = 0; i + 1 < numbers.length; i += 2) {
			at = relative
				? [at[0] + numbers[i]!, at[1] + numbers[i + 1]!]
				: [numbers[i]!, numbers[i + 1]!];
			if (i === 0 && (type === 'M' || type === 'm')) {
				if (ring) rings.push(ring);
				ring = [];
			}
			ring?.push(at);
		}
	}
	if (ring) rings.push(ring);
	// A ring written closed (its first point again at the end) is the same ring.
	return rings.map((r) => (r.length > 1 && same(r[0]!, r.at(-1)!) ? r.slice(0, -1) : r));
}

const same = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];
const keyOf = ([x, y]: Point) => `${x},${y}`;

/** Distance of p from the line through a and b (from a, where they meet). */
function strayOf([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
	const [dx, dy] = [bx - ax, by - ay];
	const length = Math.hypot(dx, dy);
	if (!length) return Math.hypot(px - ax, py - ay);
	return Math.abs(dy * (px - ax) - dx * (py - ay)) / length;
}

/** Douglas-Peucker between two kept points: marks in `keep` the points a line may not skip. */
function simplifyRun(
	points: Point[],
	from: number,
	to: number,
	tolerance: number,
	keep: boolean[]
) {
	const n = points.length;
	const stack: [number, number][] = [[from, to]];
	while (stack.length) {
		const [a, b] = stack.pop()!;
		let far = -1;
		let farthest = tolerance;
		for (let i = (a + 1) % n; i !== b; i = (i + 1) % n) {
			const stray = strayOf(points[i]!, points[a]!, points[b]!);
			if (stray > farthest) [far, farthest] = [i, stray];
		}
		if (far < 0) continue;
		keep[far] = true;
		stack.push([a, far], [far, b]);
	}
}

const inBox = ([x, y]: Point, box: UnitsBox | null) =>
	!!box &&
	x >= box[0] * 10 &&
	x <= (box[0] + box[2]) * 10 &&
	y >= box[1] * 10 &&
	y <= (box[1] + box[3]) * 10;

/**
 * The countries with every vertex outside `fine` coarsened by `rule` (see the top of this file);
 * `fine` null coarsens the whole world. A country whose every ring would vanish keeps its shape.
 */
export function coarseCountries(
	countries: readonly SvgCountry[],
	rule: CoarseRule,
	fine: UnitsBox | null
): SvgCountry[] {
	const rings = countries.map((c) => ringsOf(c.d));
	// Which rings each point lies on: a border's points share their rings, its ends do not.
	const ringsAt = new Map<string, number[]>();
	let ringId = 0;
	for (const ring of rings.flat()) {
		for (const point of ring) {
			const on = ringsAt.get(keyOf(point));
			if (!on) ringsAt.set(keyOf(point), [ringId]);
			else if (on.at(-1) !== ringId) on.push(ringId);
		}
		ringId++;
	}
	const grid = rule.grid * 10;
	const snap = (v: number) => Math.round(v / grid) * grid;
	const coarseRing = (ring: Point[]): Point[] => {
		const n = ring.length;
		const signature = ring.map((p) => ringsAt.get(keyOf(p))!.join(' '));
		const keep = ring.map(
			(p, i) =>
				inBox(p, fine) ||
				signature[i] !== signature[(i + n - 1) % n] ||
				signature[i] !== signature[(i + 1) % n]
		);
		if (!keep.includes(true)) {
			// A ring with no neighbour change (an island, an enclave and its hole) is simplified from
			// its lowest point and the point farthest from it: the same two points from either side.
			let low = 0;
			for (let i = 1; i < n; i++)
				if (
					ring[i]![0] < ring[low]![0] ||
					(ring[i]![0] === ring[low]![0] && ring[i]![1] < ring[low]![1])
				)
					low = i;
			let far = low;
			for (let i = 0; i < n; i++)
				if (strayOf(ring[i]!, ring[low]!, ring[low]!) > strayOf(ring[far]!, ring[low]!, ring[low]!))
					far = i;
			keep[low] = keep[far] = true;
		}
		const kept = keep.flatMap((k, i) => (k ? [i] : []));
		for (let k = 0; k < kept.length; k++)
			simplifyRun(ring, kept[k]!, kept[(k + 1) % kept.length]!, rule.tolerance * 10, keep);
		const out: Point[] = [];
		ring.forEach((p, i) => {
			if (!keep[i]) return;
			const q: Point = inBox(p, fine) ? p : [snap(p[0]), snap(p[1])];
			if (!out.length || !same(out.at(-1)!, q)) out.push(q);
		});
		while (out.length > 1 && same(out[0]!, out.at(-1)!)) out.pop();
		return out;
	};
	return countries.map((country, c) => {
		const drawn = rings[c]!.map(coarseRing).filter((ring) => ring.length >= 3);
		if (!drawn.length) return country;
		const absolute = drawn
			.map((ring) => ring.map(([x, y], i) => `${i ? 'L' : 'M'}${x / 10},${y / 10}`).join('') + 'Z')
			.join('');
		return { ...country, d: compactPath(absolute) };
	});
}

/** The world coarsened outside `fine` (see coarseCountries), saying where it is fine. */
export function coarseWorld(world: SvgWorld, rule: CoarseRule, fine: UnitsBox | null): SvgWorld {
	return {
		...world,
		countries: coarseCountries(world.countries, rule, fine),
		fineWithin: fine ?? [0, 0, 0, 0]
	};
}

/**
 * Whether a world drawn fine only within `fineWithin` (null: fine everywhere) is too coarse for a
 * view: shown larger than COARSE_SCALE pixels per unit, somewhere outside its fine box.
 */
export function tooCoarseFor(
	fineWithin: UnitsBox | null,
	viewBox: UnitsBox,
	scale: number
): boolean {
	if (!fineWithin || scale <= COARSE_SCALE) return false;
	const [x, y, w, h] = fineWithin;
	return !(
		viewBox[0] >= x &&
		viewBox[1] >= y &&
		viewBox[0] + viewBox[2] <= x + w &&
		viewBox[1] + viewBox[3] <= y + h
	);
}

/** What a world's markup says of where it is fine (`data-fine-within`); null: fine everywhere. */
export function fineWithinOf(svg: Element): UnitsBox | null {
	const box = svg.getAttribute('data-fine-within')?.split(' ').map(Number);
	return box?.length === 4 ? (box as unknown as UnitsBox) : null;
}

/** A ring cut to a box (Sutherland-Hodgman, in tenths): where it leaves the box, it runs along the edge. */
function clipRing(ring: Point[], [x0, y0, x1, y1]: [number, number, number, number]): Point[] {
	const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
		[(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((x0 - a[0]) * (b[1] - a[1])) / (b[0] - a[0])]],
		[(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((x1 - a[0]) * (b[1] - a[1])) / (b[0] - a[0])]],
		[(p) => p[1] >= y0, (a, b) => [a[0] + ((y0 - a[1]) * (b[0] - a[0])) / (b[1] - a[1]), y0]],
		[(p) => p[1] <= y1, (a, b) => [a[0] + ((y1 - a[1]) * (b[0] - a[0])) / (b[1] - a[1]), y1]]
	];
	let out = ring;
	for (const [inside, cut] of edges) {
		const input = out;
		out = [];
		input.forEach((p, i) => {
			const prev = input[(i + input.length - 1) % input.length]!;
			if (inside(p)) {
				if (!inside(prev)) out.push(cut(prev, p));
				out.push(p);
			} else if (inside(prev)) out.push(cut(prev, p));
		});
	}
	const rounded = out.map(([x, y]): Point => [Math.round(x), Math.round(y)]);
	return rounded.filter((p, i) => !same(p, rounded[(i + rounded.length - 1) % rounded.length]!));
}

/**
 * Of a world, only what a view inside `box` can show: its countries cut to the box, and none of
 * those outside it. A small map framed on one country (a slide's inset) carries a few neighbours,
 * not the world; shown beyond the box, it is too coarse (tooCoarseFor) and gives way to the world.
 */
export function trimmedWorld(world: SvgWorld, box: UnitsBox): SvgWorld {
	const edges = [box[0], box[1], box[0] + box[2], box[1] + box[3]].map((n) => Math.round(n * 10));
	const countries = world.countries.flatMap((country) => {
		const rings = ringsOf(country.d)
			.map((ring) => clipRing(ring, edges as [number, number, number, number]))
			.filter((ring) => ring.length >= 3);
		if (!rings.length) return [];
		const d = rings
			.map((ring) => ring.map(([x, y], i) => `${i ? 'L' : 'M'}${x / 10},${y / 10}`).join('') + 'Z')
			.join('');
		return [{ ...country, d: compactPath(d) }];
	});
	return { ...world, countries, fineWithin: box };
}
