/**
 * Runs the name jobs (job.ts) of both maps, the static world's and the live map's, in one
 * worker for the page, which is made with the first job; where a worker cannot be made or cannot
 * draw, the page runs the job itself in an idle moment. Also reads the static world's shapes and
 * size from its markup, which the jobs are asked against.
 */
import { whenIdle } from '$lib/idle';
import type { NamePlacement } from './callouts';
import type { StaticNamesAnswer, StaticNamesJob } from './job';
import type { Size } from '../camera/view-box';
import type { ShapeCache, WorldShape } from './hit-raster';
import { worldSizeOf } from '../static/world-view';

type Job = Omit<StaticNamesJob, 'id' | 'shapes'>;

let worker: Worker | null | undefined;
/** The shapes the worker holds, so each world is sent once. */
let shapesSent: readonly WorldShape[] | undefined;
let lastId = 0;
const waiting = new Map<
	number,
	{ job: Job; shapes: WorldShape[]; done: (p: NamePlacement[]) => void }
>();

/** A canvas on the page, for the page's own runs. */
const pageCanvas = (width: number, height: number) => {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	return canvas.getContext('2d', { willReadFrequently: true });
};

/** The outlines the page's own runs have read, for the world they were read from. */
let pageCache: { shapes: WorldShape[]; cache: ShapeCache } | undefined;

/** The job on the page, in an idle moment; its code is loaded only then, as few browsers need it. */
async function onPage(job: Job, shapes: WorldShape[]): Promise<NamePlacement[]> {
	const { placeStaticNames } = await import('./job');
	if (pageCache?.shapes !== shapes) pageCache = { shapes, cache: { paths: [], bounds: [] } };
	const { cache } = pageCache;
	return new Promise((resolve) => {
		whenIdle(() => resolve(placeStaticNames({ ...job, id: 0 }, shapes, pageCanvas, cache)), 300);
	});
}

function startWorker(): Worker | null {
	if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
	try {
		const made = new Worker(new URL('./names.worker.ts', import.meta.url), {
			type: 'module'
		});
		made.onmessage = ({ data }: MessageEvent<StaticNamesAnswer>) => {
			waiting.get(data.id)?.done(data.placements);
			waiting.delete(data.id);
		};
		// A worker that fails (its script blocked, say) hands its jobs back to the page, for good.
		made.onerror = () => {
			worker = null;
			for (const { job, shapes, done } of waiting.values()) void onPage(job, shapes).then(done);
			waiting.clear();
		};
		return made;
	} catch {
		return null;
	}
}

/** Where the names go in a view of the world (job.ts), worked out off the page's main thread. */
export function placeNamesAway(job: Job, shapes: WorldShape[]): Promise<NamePlacement[]> {
	if (worker === undefined) worker = startWorker();
	if (!worker) return onPage(job, shapes);
	const id = ++lastId;
	const sending: StaticNamesJob = { ...job, id, ...(shapesSent === shapes ? {} : { shapes }) };
	shapesSent = shapes;
	const answered = new Promise<NamePlacement[]>((done) => waiting.set(id, { job, shapes, done }));
	try {
		worker.postMessage(sending);
	} catch {
		// What cannot be sent (never expected: the job is plain data) is worked out here instead.
		waiting.delete(id);
		shapesSent = undefined;
		return onPage(job, shapes);
	}
	return answered;
}

const shapesOfWorld = new WeakMap<SVGSVGElement, WorldShape[]>();

/** The world's country shapes as its markup holds them, read once per world, for the jobs. */
export function worldShapesOf(svg: SVGSVGElement): WorldShape[] {
	let shapes = shapesOfWorld.get(svg);
	if (!shapes) {
		shapes = [...svg.querySelectorAll<SVGPathElement>('g.countries path[data-iso3]')].map(
			(path) => ({ iso3: path.dataset.iso3 ?? '', d: path.getAttribute('d') ?? '' })
		);
		shapesOfWorld.set(svg, shapes);
	}
	return shapes;
}

/**
 * The static world's shapes and size inside an element: what lies under a name on the live map,
 * read from the world it takes over from (nothing, where that world failed to load).
 */
export function staticWorldIn(holder: ParentNode): { shapes: WorldShape[]; world: Size } {
	const svg = holder.querySelector<SVGSVGElement>('svg.static-map');
	return svg
		? { shapes: worldShapesOf(svg), world: worldSizeOf(svg) }
		: { shapes: [], world: { width: 1, height: 1 } };
}
