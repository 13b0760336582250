import { arrowShown, arrowTransform } from '$lib/layers/arrow';

/**
 * The lines' heads at a scale (screen pixels a unit): each keeps its size on screen, and a line
 * too short there to carry its head has none. Run before the page's script too
 * (early-frame.ts), so it is kept apart from the rest of the painting: the page's HTML carries it.
 */
export function scaleHeads(svg: SVGSVGElement, scale: number): void {
	svg.setAttribute('data-units-per-pixel', String(1 / scale));
	for (const head of svg.querySelectorAll<SVGPathElement>('path[data-head-at]')) {
		const tip = head.getAttribute('data-head-at') ?? '';
		const [x, y, angle, length] = tip.split(' ').map(Number) as number[];
		head.setAttribute('transform', arrowTransform({ x: x!, y: y!, angle: angle! }, 1 / scale));
		head.setAttribute('display', arrowShown({ length: length! }, scale) ? 'inline' : 'none');
	}
}
