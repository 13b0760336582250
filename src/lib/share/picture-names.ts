/**
 * Where a picture's names go: the map's own search (map/names/search.ts), asked in the picture's
 * pixels, against the picture's own shapes, so a saved picture names its countries as the screen
 * does: each on its own land or over the sea with a leader line, never on a neighbour, never
 * over another name. Type has no measure here (a build has no fonts), so a name's size is the
 * wrapping's generous estimate (wrap.ts).
 */
import {
	overlaps,
	type NameAlign,
	type NamePlacement,
	type ScreenBox
} from '$lib/map/names/callouts';
import { samplePoints, SAMPLE_SPACING } from '$lib/map/names/hit-raster';
import { placeNames } from '$lib/map/names/search';
import { glyphUnits, GLYPH_EM } from './wrap';
import { pathRingVertices } from '$lib/geo/path';

type Ring = { points: [number, number][]; box: [number, number, number, number] };

/** A path's rings (one per move, geo/path.ts), each with its box; a ring of two points or fewer is no area. */
export function pathRings(d: string): Ring[] {
	return pathRingVertices(d)
		.filter((ring) => ring.length > 2)
		.map((points) => {
			const xs = points.map((p) => p[0]);
			const ys = points.map((p) => p[1]);
			return { points, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
		});
}

/** How many horizontal bands a shape's edges are sorted into, so a point asks only its band's. */
const BANDS = 64;

/**
 * A shape's point test (even-odd, so a lake is not land): its edges sorted into horizontal bands
 * once, so a point crosses only the edges of its own band, not a continent's every edge.
 */
function shapeTest(rings: readonly Ring[], box: Ring['box']): (x: number, y: number) => boolean {
	const [, top, , bottom] = box;
	const band = Math.max((bottom - top) / BANDS, 1e-9);
	const bands: number[][] = Array.from({ length: BANDS }, () => []);
	for (const { points } of rings)
		for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
			const [, yi] = points[i]!;
			const [, yj] = points[j]!;
			const first = Math.max(0, Math.floor((Math.min(yi, yj) - top) / band));
			const last = Math.min(BANDS - 1, Math.floor((Math.max(yi, yj) - top) / band));
			for (let b = first; b <= last; b++) bands[b]!.push(...points[i]!, ...points[j]!);
		}
	return (x, y) => {
		const edges = bands[Math.min(BANDS - 1, Math.max(0, Math.floor((y - top) / band)))]!;
		let odd = false;
		for (let k = 0; k < edges.length; k += 4) {
			const [xi, yi, xj, yj] = [edges[k]!, edges[k + 1]!, edges[k + 2]!, edges[k + 3]!];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
		}
		return odd;
	};
}

interface Shape {
	rings: Ring[];
	box: Ring['box'];
	inside: (x: number, y: number) => boolean;
}

/** The shapes read so far, by path: every picture of a session draws the same world. */
const shapesRead = new Map<string, Shape>();

/** A path's rings, box and point test (its bands sorted when first asked). */
function readShape(d: string): Shape {
	const known = shapesRead.get(d);
	if (known) return known;
	const rings = pathRings(d);
	const box = rings.reduce<Ring['box']>(
		(b, r) => [
			Math.min(b[0], r.box[0]),
			Math.min(b[1], r.box[1]),
			Math.max(b[2], r.box[2]),
			Math.max(b[3], r.box[3])
		],
		[Infinity, Infinity, -Infinity, -Infinity] as Ring['box']
	);
	let test: Shape['inside'] | undefined;
	const shape = {
		rings,
		box,
		inside: (x: number, y: number) => (test ??= shapeTest(rings, box))(x, y)
	};
	// A few worlds' worth (the pictures' world, the steps' maps); past that, start afresh.
	if (shapesRead.size > 5000) shapesRead.clear();
	shapesRead.set(d, shape);
	return shape;
}

/**
 * Which countries lie under a box of the picture, in its pixels: sample points (as the screen's
 * hit raster reads) tested against the shapes, and land too small for them to be sure of (an
 * island a few pixels across) by its whole box.
 */
export function landUnder(
	countries: readonly { iso3: string; d: string }[],
	frame: { left: number; top: number; scale: number }
): (box: ScreenBox) => string[] {
	const { left, top, scale } = frame;
	const shapes = countries.map(({ iso3, d }) => {
		const { rings, box, inside } = readShape(d);
		const small = rings
			.filter(
				(r) => Math.max(r.box[2] - r.box[0], r.box[3] - r.box[1]) * scale <= 2 * SAMPLE_SPACING
			)
			.map((r) => r.box);
		return { iso3, box, small, inside };
	});
	return (box) => {
		const [l, t, r, b] = [
			left + box.left / scale,
			top + box.top / scale,
			left + box.right / scale,
			top + box.bottom / scale
		];
		const points = samplePoints(box).map(({ x, y }) => [left + x / scale, top + y / scale]);
		const under = new Set<string>();
		for (const shape of shapes) {
			const [sl, st, sr, sb] = shape.box;
			if (sr < l || sl > r || sb < t || st > b) continue;
			const found =
				shape.small.some((s) => s[2] >= l && s[0] <= r && s[3] >= t && s[1] <= b) ||
				points.some(
					([x, y]) => x! >= sl && x! <= sr && y! >= st && y! <= sb && shape.inside(x!, y!)
				);
			if (found) under.add(shape.iso3);
		}
		return [...under];
	};
}

export interface PictureNameSpot {
	iso3: string;
	name: string;
	/** The country's point, in the picture map's pixels. */
	x: number;
	y: number;
}

/** A name as the picture draws it: anchored at (x, y), its baseline below its middle. */
export interface PictureName {
	iso3: string;
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	/** From the country's point to the name, when it stands away. */
	leader?: [[number, number], [number, number]];
}

const ANCHOR: Record<NameAlign, PictureName['anchor']> = {
	left: 'start',
	centre: 'middle',
	right: 'end'
};

/** The name's size as the picture draws it at `fontSize`: generous, as the wrapping is. */
export const nameSize = (name: string, fontSize: number) => ({
	width: glyphUnits(name) * GLYPH_EM * fontSize,
	height: fontSize * 1.25
});

/**
 * The names placed on a map `width` x `height` px, by the screen's search; `countriesUnder` says
 * which countries' land a box of the map covers. A name no arrangement can place is left out.
 */
export function placePictureNames(
	spots: readonly PictureNameSpot[],
	view: { width: number; height: number; fontSize: number },
	countriesUnder: (box: ScreenBox) => readonly string[]
): PictureName[] {
	const identity = ([x, y]: [number, number]) => ({ x, y });
	// Asked in pixels: no designed callout (those are in degrees, for the screen's world zoom),
	// so each name is on its country or searched round it, as a country with no designed place.
	const placements: NamePlacement[] = placeNames(
		spots.map(({ iso3, name, x, y }) => ({ callout: { iso3 }, labelPoint: [x, y], name })),
		{
			zoom: 10,
			width: view.width,
			height: view.height,
			project: identity,
			unproject: ({ x, y }) => [x, y],
			measure: (name) => nameSize(name, view.fontSize),
			countriesUnder
		}
	);
	const placed: ScreenBox[] = placements.flatMap((p) => {
		if (p.mode === 'hidden') return [];
		const { width, height } = nameSize(p.name, view.fontSize);
		const left =
			p.align === 'left' ? p.at[0] : p.align === 'centre' ? p.at[0] - width / 2 : p.at[0] - width;
		return [{ left, top: p.at[1] - height / 2, right: left + width, bottom: p.at[1] + height / 2 }];
	});
	return placements.flatMap((placement, i) => {
		const spot = spots[i]!;
		const found =
			placement.mode === 'hidden' ? farPlace(spot, view, countriesUnder, placed) : placement;
		if (!found) return [];
		return [
			{
				iso3: spot.iso3,
				text: found.name,
				x: found.at[0],
				y: found.at[1] + view.fontSize * 0.35,
				anchor: ANCHOR[found.align],
				...(found.leader ? { leader: found.leader } : {})
			}
		];
	});
}

/** How far (px) a picture looks for open sea for a name the screen's search could not place. */
const FAR_REACH = 240;

/**
 * A name the search left out (no open sea within a screen leader's reach: Romania on a small
 * world, wedged between its neighbours and a narrow sea): the nearest place further out, over
 * the sea or its own land alone and clear of the other names, with a leader line back to it.
 */
function farPlace(
	spot: PictureNameSpot,
	view: { width: number; height: number; fontSize: number },
	countriesUnder: (box: ScreenBox) => readonly string[],
	placed: ScreenBox[]
): NamePlacement | undefined {
	const { width, height } = nameSize(spot.name, view.fontSize);
	const margin = 4;
	for (let d = height; d <= FAR_REACH; d += height / 2)
		for (let turn = 0; turn < 24; turn++) {
			const angle = (2 * Math.PI * turn) / 24;
			const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
			const align: NameAlign = dx > 0.3 ? 'left' : dx < -0.3 ? 'right' : 'centre';
			const x = spot.x + d * dx;
			const y = spot.y + d * dy + (align === 'centre' ? (Math.sign(dy) * height) / 2 : 0);
			const left = align === 'left' ? x : align === 'centre' ? x - width / 2 : x - width;
			const box = { left, top: y - height / 2, right: left + width, bottom: y + height / 2 };
			if (
				box.left < margin ||
				box.top < margin ||
				box.right > view.width - margin ||
				box.bottom > view.height - margin ||
				placed.some((other) => overlaps(other, box)) ||
				!countriesUnder(box).every((iso3) => iso3 === spot.iso3)
			)
				continue;
			placed.push(box);
			const end: [number, number] = [
				Math.min(Math.max(spot.x, box.left), box.right),
				Math.min(Math.max(spot.y, box.top), box.bottom)
			];
			return { mode: 'out', name: spot.name, at: [x, y], align, leader: [[spot.x, spot.y], end] };
		}
	return undefined;
}
