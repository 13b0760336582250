/**
 * Which countries of the static world (svg.static-map) lie under a box on screen: what the live
 * map asks MapLibre when it places a name, asked of the SVG's own shapes, so that a name never sits
 * over another country's land on either map.
 */
import type { ScreenBox } from './callouts';
import { pixelsToWorldUnits, type Size, type ViewBox } from '../camera/view-box';
import { pathVertices } from '$lib/geo/path';

/** Screen pixels apart, at most, of the points a box is tested at: finer than a name's letters. */
export const SAMPLE_SPACING = 6;

/** Points spread over a box, edges included, at most `spacing` apart. */
export function samplePoints(box: ScreenBox, spacing = SAMPLE_SPACING): { x: number; y: number }[] {
	const steps = (length: number) => Math.max(1, Math.ceil(length / spacing));
	const across = steps(box.right - box.left);
	const down = steps(box.bottom - box.top);
	const points: { x: number; y: number }[] = [];
	for (let i = 0; i <= across; i++)
		for (let j = 0; j <= down; j++)
			points.push({
				x: box.left + ((box.right - box.left) * i) / across,
				y: box.top + ((box.bottom - box.top) * j) / down
			});
	return points;
}

/**
 * A country's colour in the hit raster: distinct for each of up to 2^24 - 1 countries, and never
 * black, which the raster keeps for the sea.
 */
export function rasterColour(index: number): [number, number, number] {
	// Spread over the colour cube, so a blend of two neighbours' colours at a shared border is
	// unlikely to read as a third country's.
	const code = ((index + 1) * 2_654_435_761) % 0xffffff || 1;
	return [code >> 16, (code >> 8) & 0xff, code & 0xff];
}

/** A pixel of the hit raster read back: the sea, one country's index, or a border to test exactly. */
export function rasterPixel(
	rgba: ArrayLike<number>,
	at: number,
	indexOfColour: ReadonlyMap<number, number>
): number | 'sea' | 'border' {
	const alpha = rgba[at + 3]!;
	if (alpha === 0) return 'sea';
	const index = indexOfColour.get((rgba[at]! << 16) | (rgba[at + 1]! << 8) | rgba[at + 2]!);
	// A pixel a shape covers only in part is blended with the sea or a neighbour.
	return alpha === 255 && index !== undefined ? index : 'border';
}

/** A country of the static world as the hit test needs it: its code and outline, in world units. */
export interface WorldShape {
	iso3: string;
	/** The SVG path's `d`. */
	d: string;
}

interface Bounds {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The box of a path's points. The world's paths are moves and lines to absolute points (d3-geo's
 * output), so every pair of numbers in `d` is a point.
 */
export function pathBounds(d: string): Bounds {
	const bounds = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
	for (const [x, y] of pathVertices(d)) {
		bounds.left = Math.min(bounds.left, x);
		bounds.right = Math.max(bounds.right, x);
		bounds.top = Math.min(bounds.top, y);
		bounds.bottom = Math.max(bounds.bottom, y);
	}
	return bounds;
}

/** The box of each part (each `M`, an island or a mainland) of a path. */
export function islandBounds(d: string): Bounds[] {
	return d
		.split(/(?=M)/)
		.filter((part) => part.trim())
		.map(pathBounds);
}

/** A 2D canvas, on the page or off it (a worker has only the latter). */
export type MakeCanvas = (
	width: number,
	height: number
) => OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;

/** What the hit test keeps from one view to the next: the shapes' outlines and boxes, read once. */
export interface ShapeCache {
	paths: Path2D[];
	bounds: Bounds[];
	/** Each shape's parts' boxes (its islands), read when first asked. */
	islands?: Bounds[][];
}

/**
 * Which countries lie under a box of the view, in the holder's pixels. The view's countries are
 * drawn once into a raster the holder's size, one colour each, so a point is read off a pixel;
 * only a point on a border pixel (which a shape covers in part) asks the shapes themselves: a
 * name's search weighs some thousand boxes, and on a phone asked tens of thousands of exact tests.
 * A view that runs past the world's edges (the live map's, which repeats the world sideways) is
 * drawn with the world's copies, `turn` units apart.
 */
export function countriesUnderView(
	shapes: readonly WorldShape[],
	view: { viewBox: ViewBox; holder: Size; turn: number },
	makeCanvas: MakeCanvas,
	cache: ShapeCache = { paths: [], bounds: [] }
): (box: ScreenBox) => string[] {
	const { viewBox, holder, turn } = view;
	const width = Math.max(1, Math.ceil(holder.width));
	const height = Math.max(1, Math.ceil(holder.height));
	const context = makeCanvas(width, height);
	const scale = holder.width / viewBox[2];
	// The world's copies the view reaches: 0 is the world itself, -1 the copy west of it.
	const copies: number[] = [];
	for (let copy = Math.floor(viewBox[0] / turn); copy * turn < viewBox[0] + viewBox[2]; copy++)
		copies.push(copy);
	const showCopy = (copy: number) =>
		context?.setTransform(
			scale,
			0,
			0,
			scale,
			(copy * turn - viewBox[0]) * scale,
			-viewBox[1] * scale
		);
	const colours = shapes.map((shape, index) => {
		cache.paths[index] ??= new Path2D(shape.d);
		cache.bounds[index] ??= pathBounds(shape.d);
		return rasterColour(index);
	});
	const indexOfColour = new Map(
		colours.map(([r, g, b], index) => [(r << 16) | (g << 8) | b, index])
	);
	if (context)
		for (const copy of copies) {
			showCopy(copy);
			colours.forEach(([r, g, b], index) => {
				context.fillStyle = `rgb(${r} ${g} ${b})`;
				context.fill(cache.paths[index]!);
			});
		}
	const rgba = context?.getImageData(0, 0, width, height).data;
	// Land too small for the sample points to be sure of (an island a few pixels across, which
	// would slip between them): its whole box counts, in each copy of the world in view.
	const small: { index: number; box: ScreenBox }[] = [];
	cache.islands ??= [];
	shapes.forEach((shape, index) => {
		cache.islands![index] ??= islandBounds(shape.d);
		for (const part of cache.islands![index]!) add(index, part);
	});
	function add(index: number, bounds: Bounds) {
		const across = (bounds.right - bounds.left) * scale;
		const down = (bounds.bottom - bounds.top) * scale;
		if (across > 2 * SAMPLE_SPACING || down > 2 * SAMPLE_SPACING) return;
		for (const copy of copies) {
			const left = (bounds.left + copy * turn - viewBox[0]) * scale;
			const top = (bounds.top - viewBox[1]) * scale;
			if (left > width || top > height || left + across < 0 || top + down < 0) continue;
			small.push({ index, box: { left, top, right: left + across, bottom: top + down } });
		}
	}
	/** The exact answer at a point: the shapes whose fill holds it, in whichever copy. */
	const shapesAt = (at: { x: number; y: number }) => {
		const { x: viewX, y } = pixelsToWorldUnits(at, viewBox, holder);
		const found: number[] = [];
		for (const copy of copies) {
			const x = viewX - copy * turn;
			let shown = false;
			cache.bounds.forEach((bounds, index) => {
				if (x < bounds.left || x > bounds.right || y < bounds.top || y > bounds.bottom) return;
				if (!shown) showCopy(copy);
				shown = true;
				if (context?.isPointInPath(cache.paths[index]!, at.x, at.y)) found.push(index);
			});
		}
		return found;
	};
	return (box) => {
		const under = new Set<number>();
		for (const { index, box: island } of small)
			if (
				island.left <= box.right &&
				island.right >= box.left &&
				island.top <= box.bottom &&
				island.bottom >= box.top
			)
				under.add(index);
		for (const at of samplePoints(box)) {
			const column = Math.floor(at.x);
			const row = Math.floor(at.y);
			const inside = rgba && column >= 0 && row >= 0 && column < width && row < height;
			const pixel = inside
				? rasterPixel(rgba, 4 * (row * width + column), indexOfColour)
				: 'border';
			if (pixel === 'sea') continue;
			if (pixel === 'border') for (const index of shapesAt(at)) under.add(index);
			else under.add(pixel);
		}
		return [...under].map((index) => shapes[index]!.iso3);
	};
}
