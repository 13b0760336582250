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

/** A box in the holder's pixels as a box in the world's units. */
export function pixelsToUnits(box: ScreenBox, viewBox: ViewBox, holder: Size): ScreenBox {
	const from = pixelsToWorldUnits({ x: box.left, y: box.top }, viewBox, holder);
	const to = pixelsToWorldUnits({ x: box.right, y: box.bottom }, viewBox, holder);
	return { left: from.x, top: from.y, right: to.x, bottom: to.y };
}

/** A reader of the world's country shapes: boxes are measured once, fills tested per point. */
export function countriesUnderBox(svg: SVGSVGElement) {
	const shapes = [...svg.querySelectorAll<SVGPathElement>('g.countries path[data-iso3]')].map(
		(path) => ({ path, iso3: path.dataset.iso3 ?? '', bounds: path.getBBox() })
	);
	const point = svg.createSVGPoint();
	return (box: ScreenBox, viewBox: ViewBox, holder: Size): string[] => {
		const units = pixelsToUnits(box, viewBox, holder);
		const samples = samplePoints(box).map((at) => pixelsToWorldUnits(at, viewBox, holder));
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
