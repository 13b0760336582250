/**
 * A small country's dot (Lebanon at world zoom is a few pixels wide): the same size on screen on
 * both maps, and gone once the country's own shape is large enough to point at, so that closer
 * in the dot never covers the shape it stands for.
 */
import type { Box } from './frame';
import { mercatorWidth, mercatorY } from './mercator';
import { SMALL_COUNTRY_MAX_ZOOM, TILE_SIZE } from './view-box';

/** The dot's radius on screen, in pixels, on both maps. */
export const DOT_RADIUS_PX = 5;

/** Its dark outline's width, drawn outside that radius (as MapLibre draws a circle's stroke). */
export const DOT_OUTLINE_PX = 1;

/** From this size on screen (the longer side of its box) a country's shape is its own target. */
export const SHAPE_POINTABLE_PX = 20;

/** How many pixels the longer side of a box [west, south, east, north] spans at a MapLibre zoom. */
export function boxSpanPixels([west, south, east, north]: Box, zoom: number): number {
	const pixelsPerRadian = (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
	const radians = Math.max(mercatorWidth(east - west), mercatorY(north) - mercatorY(south));
	return pixelsPerRadian * radians;
}

/** Whether a small country's dot shows at a zoom: until its shape (`box`) is large enough. */
export function dotShown(box: Box | undefined, zoom: number): boolean {
	if (zoom >= SMALL_COUNTRY_MAX_ZOOM) return false;
	return !box || boxSpanPixels(box, zoom) < SHAPE_POINTABLE_PX;
}
