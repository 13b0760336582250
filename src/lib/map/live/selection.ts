/**
 * The page's selection mirrored into the live map: the view fitted to the selected country (or
 * to the page's frame) whenever either changes, and only then, so a redraw for another reason
 * does not move the map under the reader.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { selectionCamera, type Box, type Frame } from '../camera/frame';
import type { Padding } from '../camera/cover';

/** What the live map shows: the selection it frames and outlines, and the page's frame. */
export interface Shown {
	selected: string | null;
	frame: Frame | null;
}

export function sameShown(a: Shown, b: Shown): boolean {
	return a.selected === b.selected && a.frame === b.frame;
}

/**
 * The live map fitted to what the page shows, moving for `duration` ms, a country clear of what
 * covers the map (`covered`, see cover.ts).
 */
export function fitShown(
	map: Pick<MapLibreMap, 'fitBounds'>,
	{ selected, frame }: Shown,
	boxes: ReadonlyMap<string, Box>,
	duration: number,
	covered?: Padding
): void {
	const box = selected ? boxes.get(selected) : undefined;
	const { bounds, ...options } = selectionCamera(box, frame, covered);
	map.fitBounds(bounds, { ...options, duration });
}
