/**
 * Which countries of the static world (svg.static-map) lie under a box on screen: what the live
 * map asks MapLibre when it places a name, asked of the SVG's own shapes, so that a name never sits
 * over another country's land on either map.
 */
import type { ScreenBox } from './callouts';
import type { Size, ViewBox } from './static-camera';

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

/** A box in the holder's pixels as a box in the world's units, for a viewBox of the holder's shape. */
export function pixelsToUnits(
	box: ScreenBox,
	[left, top, width]: ViewBox,
	holder: Size
): ScreenBox {
	const scale = holder.width / width;
	return {
		left: left + box.left / scale,
		top: top + box.top / scale,
		right: left + box.right / scale,
		bottom: top + box.bottom / scale
	};
}

/** A reader of the world's country shapes: boxes are measured once, fills tested per point. */
export function countriesUnderBox(svg: SVGSVGElement) {
	const shapes = [...svg.querySelectorAll<SVGPathElement>('g.countries path[data-iso3]')].map(
		(path) => ({ path, iso3: path.dataset.iso3 ?? '', bounds: path.getBBox() })
	);
	const point = svg.createSVGPoint();
	return (box: ScreenBox, viewBox: ViewBox, holder: Size): string[] => {
		const units = pixelsToUnits(box, viewBox, holder);
		const scale = holder.width / viewBox[2];
		const samples = samplePoints(box).map(({ x, y }) => ({
			x: viewBox[0] + x / scale,
			y: viewBox[1] + y / scale
		}));
		const under: string[] = [];
		for (const { path, iso3, bounds } of shapes) {
			if (
				bounds.x > units.right ||
				bounds.x + bounds.width < units.left ||
				bounds.y > units.bottom ||
				bounds.y + bounds.height < units.top
			)
				continue;
			const hit = samples.some(({ x, y }) => {
				point.x = x;
				point.y = y;
				return path.isPointInFill(point);
			});
			if (hit) under.push(iso3);
		}
		return under;
	};
}
