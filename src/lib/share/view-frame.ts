/**
 * What part of the world a saved picture shows, in the pictures' world's units (Web Mercator
 * framed on WORLD_FRAME, as the map's first paint): what the live map last showed, if it runs;
 * otherwise the frame the map gives a selected country; otherwise the world. And where the names
 * of the countries the picture names go.
 */
import type { SvgWorld } from '$lib/geo/types';
import { intoFrame, selectionCamera, type Box } from '$lib/map/camera/frame';
import {
	staticViewBox,
	viewBoxAt,
	worldUnits,
	type Size,
	type ViewBox
} from '$lib/map/camera/view-box';
import type { PicturePlace } from './picture-map';

/** The live map's view when it last stopped moving: its centre, zoom and size on screen. */
export interface ShownView {
	centre: [number, number];
	zoom: number;
	size: Size;
}

/** The shape of a picture's map when nothing on screen gives one (a country page with no live map). */
export const PICTURE_MAP_ASPECT = 1.6;

export function pictureViewBox(
	world: Size,
	{ shown, selectedBox }: { shown?: ShownView | null; selectedBox?: Box }
): ViewBox | undefined {
	if (shown && shown.size.width > 0 && shown.size.height > 0) {
		const [lng, lat] = shown.centre;
		return viewBoxAt([intoFrame(lng), lat], shown.zoom, world, shown.size);
	}
	if (selectedBox) {
		const holder = { width: 1000, height: 1000 / PICTURE_MAP_ASPECT };
		return staticViewBox(selectionCamera(selectedBox, null), world, holder);
	}
	return undefined;
}

/** The named countries at their label points, in the world's units, in the order given. */
export function picturePlaces(
	codes: readonly string[],
	labelPoints: ReadonlyMap<string, readonly [number, number]>,
	names: ReadonlyMap<string, string>,
	world: Pick<SvgWorld, 'width' | 'height'>
): PicturePlace[] {
	return codes.flatMap((iso3) => {
		const point = labelPoints.get(iso3);
		const name = names.get(iso3);
		if (!point || !name) return [];
		return [{ iso3, name, at: worldUnits([point[0], point[1]], world) }];
	});
}
