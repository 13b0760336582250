/**
 * What the SVG world shows of a page's view: its viewBox for the selected country (or the
 * page's frame) in a holder of a given size, clear of what covers the map. One rule for the
 * page's script (StaticMap) and for the first answer's (early-answer.ts), which frames a
 * country's page before it is first drawn, so the page's script finds it already right. Reads
 * only the world's markup: the first answer's script bundles this, and nothing of the names.
 */
import { selectionCamera, type Box, type Frame } from '../camera/frame';
import { coverPadding, type MapRect } from '../camera/cover';
import { staticViewBox, type Size, type ViewBox } from '../camera/view-box';

/** The numbers in a space-separated attribute. */
export const numbers = (text: string | null | undefined) => text?.split(' ').map(Number);

/** A country's shape in the world. */
export function shapeOf(world: ParentNode, iso3: string): Element | null {
	return world.querySelector(`path[data-iso3="${iso3}"]`);
}

/** A country's box as the world's markup carries it: what the view frames when it is selected. */
export function boxOf(world: ParentNode, iso3: string): Box | undefined {
	return numbers(shapeOf(world, iso3)?.getAttribute('data-bbox')) as Box | undefined;
}

/** The world's size in its own units, as its markup says (`data-world`). */
export function worldSizeOf(svg: SVGSVGElement): Size {
	const [width = 0, height = 0] = (svg.dataset.world ?? '').split(' ').map(Number);
	return { width, height };
}

/** The viewBox that shows a page's view in a holder of `size`, as the live map would. */
export function worldViewBox(
	svg: SVGSVGElement,
	view: { selected: string | null; frame: Frame | null; size: Size; covered: readonly MapRect[] }
): ViewBox {
	const box = view.selected ? boxOf(svg, view.selected) : undefined;
	const camera = selectionCamera(box, view.frame, coverPadding(view.size, view.covered));
	return staticViewBox(camera, worldSizeOf(svg), view.size);
}
