/**
 * Lines and boxes on the screen, for the names' search: where a leader line meets its name, and
 * whether a line crosses another or runs through a name.
 */
import type { ScreenBox } from './callouts';

export type Point = { x: number; y: number };

/** The side of a name's box a leader line from `from` reaches: the near side's middle. */
export function leaderEnd(from: Point, box: ScreenBox): Point {
	const middle = (box.top + box.bottom) / 2;
	if (from.x < box.left) return { x: box.left, y: middle };
	if (from.x > box.right) return { x: box.right, y: middle };
	return { x: from.x, y: from.y < box.top ? box.top : box.bottom };
}

/** Whether segments ab and cd cross. */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
	const side = (p: Point, q: Point, r: Point) =>
		(q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
	const d1 = side(c, d, a);
	const d2 = side(c, d, b);
	const d3 = side(a, b, c);
	const d4 = side(a, b, d);
	return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Whether segment ab passes through a box. */
export function segmentCrossesBox(a: Point, b: Point, box: ScreenBox): boolean {
	const inside = (p: Point) =>
		p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom;
	if (inside(a) || inside(b)) return true;
	const corners = [
		{ x: box.left, y: box.top },
		{ x: box.right, y: box.top },
		{ x: box.right, y: box.bottom },
		{ x: box.left, y: box.bottom }
	];
	return corners.some((corner, i) => segmentsCross(a, b, corner, corners[(i + 1) % 4]!));
}
