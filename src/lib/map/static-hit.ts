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

interface Shape {
	path: SVGPathElement;
	iso3: string;
	bounds: DOMRect;
}

/**
 * A reader of the world's country shapes. The view's countries are drawn once into a raster the
 * holder's size, one colour each, so a point is read off a pixel; only a point on a border pixel
 * (which a shape covers in part) asks the shapes themselves, as every point once did: a name's
 * search weighs some thousand boxes, and a phone's asked tens of thousands of exact tests.
 */
export function countriesUnderBox(svg: SVGSVGElement) {
	const shapes: Shape[] = [
		...svg.querySelectorAll<SVGPathElement>('g.countries path[data-iso3]')
	].map((path) => ({ path, iso3: path.dataset.iso3 ?? '', bounds: path.getBBox() }));
	const indexOfColour = new Map(
		shapes.map((_, index) => {
			const [r, g, b] = rasterColour(index);
			return [(r << 16) | (g << 8) | b, index];
		})
	);
	const point = svg.createSVGPoint();
	/** The exact answer at a point in the world's units: the shapes whose fill holds it. */
	const shapesAt = ({ x, y }: { x: number; y: number }) => {
		point.x = x;
		point.y = y;
		return shapes.filter(
			({ path, bounds }) =>
				x >= bounds.x &&
				x <= bounds.x + bounds.width &&
				y >= bounds.y &&
				y <= bounds.y + bounds.height &&
				path.isPointInFill(point)
		);
	};
	let raster: { key: string; rgba: Uint8ClampedArray; width: number; height: number } | undefined;
	const rasterFor = (viewBox: ViewBox, holder: Size) => {
		const width = Math.max(1, Math.ceil(holder.width));
		const height = Math.max(1, Math.ceil(holder.height));
		const key = `${viewBox.join(' ')}|${width}x${height}`;
		if (raster?.key === key) return raster;
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) return undefined;
		const scale = holder.width / viewBox[2];
		context.setTransform(scale, 0, 0, scale, -viewBox[0] * scale, -viewBox[1] * scale);
		shapes.forEach(({ path }, index) => {
			const [r, g, b] = rasterColour(index);
			context.fillStyle = `rgb(${r} ${g} ${b})`;
			context.fill(new Path2D(path.getAttribute('d') ?? ''));
		});
		raster = { key, rgba: context.getImageData(0, 0, width, height).data, width, height };
		return raster;
	};
	return (box: ScreenBox, viewBox: ViewBox, holder: Size): string[] => {
		const drawn = rasterFor(viewBox, holder);
		const under = new Set<Shape>();
		for (const at of samplePoints(box)) {
			const column = Math.floor(at.x);
			const row = Math.floor(at.y);
			const inside = drawn && column >= 0 && row >= 0 && column < drawn.width && row < drawn.height;
			const pixel = inside
				? rasterPixel(drawn.rgba, 4 * (row * drawn.width + column), indexOfColour)
				: 'border';
			if (pixel === 'sea') continue;
			if (pixel === 'border')
				for (const shape of shapesAt(pixelsToWorldUnits(at, viewBox, holder))) under.add(shape);
			else under.add(shapes[pixel]!);
		}
		return [...under].map(({ iso3 }) => iso3);
	};
}
