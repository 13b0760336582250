/**
 * Which countries of the static world (svg.static-map) lie under a box on screen: what the live
 * map asks MapLibre when it places a name, asked of the SVG's own shapes, so that a name never sits
 * over another country's land on either map.
 */
import type { ScreenBox } from './callouts';
import { pixelsToWorldUnits, type Size, type ViewBox } from './static-camera';

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

/** A country of the static world as the hit test needs it: its outline and its box, in world units. */
export interface WorldShape {
	iso3: string;
	/** The SVG path's `d`. */
	d: string;
	bounds: { x: number; y: number; width: number; height: number };
}

/** A 2D canvas, on the page or off it (a worker has only the latter). */
export type MakeCanvas = (
	width: number,
	height: number
) => OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;

/**
 * Which countries lie under a box of the view, in the holder's pixels. The view's countries are
 * drawn once into a raster the holder's size, one colour each, so a point is read off a pixel;
 * only a point on a border pixel (which a shape covers in part) asks the shapes themselves: a
 * name's search weighs some thousand boxes, and on a phone asked tens of thousands of exact tests.
 * `paths` keeps the shapes' outlines from one view to the next.
 */
export function countriesUnderView(
	shapes: readonly WorldShape[],
	viewBox: ViewBox,
	holder: Size,
	makeCanvas: MakeCanvas,
	paths: Path2D[] = []
): (box: ScreenBox) => string[] {
	const width = Math.max(1, Math.ceil(holder.width));
	const height = Math.max(1, Math.ceil(holder.height));
	const context = makeCanvas(width, height);
	const scale = holder.width / viewBox[2];
	context?.setTransform(scale, 0, 0, scale, -viewBox[0] * scale, -viewBox[1] * scale);
	const indexOfColour = new Map<number, number>();
	shapes.forEach((shape, index) => {
		paths[index] ??= new Path2D(shape.d);
		const [r, g, b] = rasterColour(index);
		indexOfColour.set((r << 16) | (g << 8) | b, index);
		if (!context) return;
		context.fillStyle = `rgb(${r} ${g} ${b})`;
		context.fill(paths[index]);
	});
	const rgba = context?.getImageData(0, 0, width, height).data;
	/** The exact answer at a point: the shapes whose fill holds it (the canvas knows the view). */
	const shapesAt = (at: { x: number; y: number }) => {
		const { x, y } = pixelsToWorldUnits(at, viewBox, holder);
		return shapes.flatMap(({ bounds }, index) =>
			x >= bounds.x &&
			x <= bounds.x + bounds.width &&
			y >= bounds.y &&
			y <= bounds.y + bounds.height &&
			context?.isPointInPath(paths[index]!, at.x, at.y)
				? [index]
				: []
		);
	};
	return (box) => {
		const under = new Set<number>();
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
