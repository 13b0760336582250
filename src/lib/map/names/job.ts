/**
 * Placing the names in a view of the world, as a job that needs no page: its sizes measured and
 * the static world's shapes read beforehand, it runs in a worker (names.worker.ts), so the
 * search (search.ts), which weighs a thousand boxes against the world's land, never holds up
 * the page; where workers cannot draw, the page runs the same job itself. The live map asks it too,
 * for its own view said in the static world's units (viewBoxAt).
 */
import type { NamePlacement, NameRequest, ScreenBox } from './callouts';
import { mercatorInverse } from '../camera/mercator';
import { placeNames } from './search';
import {
	continuedUnits,
	unitsPerTurn,
	unitsToPixels,
	type Size,
	type ViewBox
} from '../camera/view-box';
import {
	countriesUnderView,
	type MakeCanvas,
	type ShapeCache,
	type WorldShape
} from './hit-raster';

export interface StaticNamesJob {
	/** Tells a job's answer from a newer one's. */
	id: number;
	/** The world's shapes, sent once: later jobs on the same world omit them. */
	shapes?: WorldShape[];
	/** The world's size in its own units (the SVG's `data-world`). */
	world: Size;
	/** The view in the world's units: the static world's viewBox, or the live map's (viewBoxAt). */
	viewBox: ViewBox;
	/** The holder's size in pixels. */
	size: Size;
	zoom: number;
	requests: NameRequest[];
	/** Every name a request may show (full and short), as drawn, in pixels. */
	sizes: Record<string, Size>;
	/** Parts of the holder something else covers, in its pixels (a slide's insets). */
	covered?: ScreenBox[];
}

export interface StaticNamesAnswer {
	id: number;
	placements: NamePlacement[];
}

/**
 * Where the names go in a view of the world: placeNames, asked of the static world's own shapes.
 * Places are in the world frame's longitudes, continued past its edges where the view is.
 */
export function placeStaticNames(
	job: StaticNamesJob,
	shapes: readonly WorldShape[],
	makeCanvas: MakeCanvas,
	cache?: ShapeCache
): NamePlacement[] {
	const { world, viewBox, size, zoom, requests, sizes, covered } = job;
	const project = (at: [number, number]) => unitsToPixels(continuedUnits(at, world), viewBox, size);
	return placeNames(requests, {
		zoom,
		width: size.width,
		height: size.height,
		project,
		unproject: mercatorInverse(project),
		measure: (name) => sizes[name] ?? { width: 0, height: 0 },
		covered,
		countriesUnder: countriesUnderView(
			shapes,
			{ viewBox, holder: size, turn: unitsPerTurn(world) },
			makeCanvas,
			cache
		)
	});
}

/** A canvas off the page, where the browser has them (in a worker, the only kind). */
export const offscreenCanvas: MakeCanvas = (width, height) =>
	typeof OffscreenCanvas === 'undefined'
		? null
		: new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
