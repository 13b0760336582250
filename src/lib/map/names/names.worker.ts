/// <reference lib="webworker" />
/**
 * The static world's name search, off the page's main thread (see job.ts). It keeps the
 * world's shapes, and their outlines once read, for the jobs that follow.
 */
import {
	offscreenCanvas,
	placeStaticNames,
	type StaticNamesAnswer,
	type StaticNamesJob
} from './job';
import type { ShapeCache, WorldShape } from './hit-raster';

let shapes: WorldShape[] = [];
let cache: ShapeCache = { paths: [], bounds: [] };

self.onmessage = ({ data }: MessageEvent<StaticNamesJob>) => {
	if (data.shapes) {
		shapes = data.shapes;
		cache = { paths: [], bounds: [] };
	}
	const answer: StaticNamesAnswer = {
		id: data.id,
		placements: placeStaticNames(data, shapes, offscreenCanvas, cache)
	};
	self.postMessage(answer);
};
