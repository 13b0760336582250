/**
 * The lines' head as the live map's image: the static map's shape (layers/arrow.ts) as a signed
 * distance field, so MapLibre colours it by the line's kind and rims it in white as the static
 * map does, sharp at any pixel ratio.
 */
import { ARROWHEAD } from '$lib/layers/arrow';

/** The image's pixels for one CSS pixel, and the room round the shape its rim needs (CSS px). */
const PIXEL_RATIO = 2;
const ROOM = 3;
/** MapLibre's distance-field convention (as TinySDF's): the edge at 3/4, 8 px of fall-off. */
const EDGE = 0.75;
const RADIUS = 8;

/** Whether a point lies inside the polygon (even-odd rule). */
function inside(
	[x, y]: [number, number],
	polygon: readonly (readonly [number, number])[]
): boolean {
	let inner = false;
	for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
		const [xi, yi] = polygon[i]!;
		const [xj, yj] = polygon[j]!;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inner = !inner;
	}
	return inner;
}

/** The distance from a point to the polygon's outline. */
function toOutline(
	[x, y]: [number, number],
	polygon: readonly (readonly [number, number])[]
): number {
	let nearest = Infinity;
	for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
		const [ax, ay] = polygon[j]!;
		const [bx, by] = polygon[i]!;
		const [dx, dy] = [bx - ax, by - ay];
		const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
		nearest = Math.min(nearest, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
	}
	return nearest;
}

export interface HeadImage {
	width: number;
	height: number;
	data: Uint8Array;
	pixelRatio: number;
}

/** The head, pointing east and centred in the image, as MapLibre's addImage takes it (sdf). */
export function headImage(): HeadImage {
	const xs = ARROWHEAD.map(([x]) => Math.abs(x));
	const ys = ARROWHEAD.map(([, y]) => Math.abs(y));
	// Centred on the head's centre, so the head stands on the line's middle as on the static map.
	const halfWidth = Math.max(...xs) + ROOM;
	const halfHeight = Math.max(...ys) + ROOM;
	const width = Math.ceil(halfWidth * 2 * PIXEL_RATIO);
	const height = Math.ceil(halfHeight * 2 * PIXEL_RATIO);
	const data = new Uint8Array(width * height * 4);
	for (let row = 0; row < height; row++) {
		for (let column = 0; column < width; column++) {
			// The pixel's centre in the shape's CSS pixels.
			const at: [number, number] = [
				(column + 0.5) / PIXEL_RATIO - width / PIXEL_RATIO / 2,
				(row + 0.5) / PIXEL_RATIO - height / PIXEL_RATIO / 2
			];
			const distance = toOutline(at, ARROWHEAD) * (inside(at, ARROWHEAD) ? -1 : 1);
			const value = 255 * EDGE - (255 * distance * PIXEL_RATIO) / RADIUS;
			data[(row * width + column) * 4 + 3] = Math.max(0, Math.min(255, Math.round(value)));
		}
	}
	return { width, height, data, pixelRatio: PIXEL_RATIO };
}
