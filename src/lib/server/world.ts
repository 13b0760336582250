/** The world geometry, built once per build from world-atlas; never part of the client bundle. */
import type { Topology } from 'topojson-specification';
import coarse from 'world-atlas/countries-110m.json';
import fine from 'world-atlas/countries-50m.json';
import {
	cutAtAntimeridian,
	framedMercator,
	mercatorSvgWorld,
	mergedCountries,
	svgWorld,
	topologyToCountries,
	worldFromCountries
} from './geo/natural-earth';
import { numericToIso3 } from './geo/iso';
import type { CountryFeature, SvgWorld, WorldGeometry } from '$lib/geo/types';
import type { WorldPlace } from '$lib/geo/svg';
import { dataset } from '$lib/data/dataset';
import { coarseWorld, WORLD_COARSE, type UnitsBox } from '$lib/geo/coarse';
import { intoFrame, WORLD_FRAME } from '$lib/map/camera/frame';
import { greatCircle, shiftLine, underCeiling } from '$lib/geo/arcs';
import { linksOf } from '$lib/data/engagement';
import { linkKey, type LinePath } from '$lib/layers/link-lines';

/** Natural Earth's countries (110m, plus the dataset's small ones from 50m), uncut: d3's projections clip themselves. */
let countries: CountryFeature[] | undefined;
export function sphericalCountries(): CountryFeature[] {
	return (countries ??= mergedCountries(
		coarse as unknown as Topology,
		fine as unknown as Topology,
		numericToIso3,
		dataset.countries.map((c) => c.iso3)
	));
}

/** For the live map: the same countries, cut at the antimeridian, with their points. */
let world: WorldGeometry | undefined;
export function getWorld(): WorldGeometry {
	return (world ??= worldFromCountries(sphericalCountries()));
}

/**
 * The live map's finer world (Natural Earth 50m), cut the same way, for a reader zoomed in past
 * what 110m can show: countries only, since points, boxes and names stay the coarse world's.
 */
let fineWorld: WorldGeometry | undefined;
export function getFineWorld(): WorldGeometry {
	return (fineWorld ??= {
		countries: {
			type: 'FeatureCollection',
			features: topologyToCountries(fine as unknown as Topology, numericToIso3).map(
				cutAtAntimeridian
			)
		},
		points: { type: 'FeatureCollection', features: [] }
	});
}

/** Each country's box, name point and size, as the live map's points have them. */
let places: Map<string, WorldPlace> | undefined;
export function getWorldPlaces(): ReadonlyMap<string, WorldPlace> {
	return (places ??= new Map(
		getWorld().points.features.map((f) => [
			f.properties.iso3,
			{
				bbox: f.properties.bbox,
				label: f.geometry.coordinates as [number, number],
				small: f.properties.small
			}
		])
	));
}

/** Equal Earth: the static map without WebGL, and the handout. */
let equalEarth: SvgWorld | undefined;
export function getSvgWorld(): SvgWorld {
	return (equalEarth ??= svgWorld(sphericalCountries()));
}

/** Web Mercator in the map's first frame: the picture shown while the map starts, and printed. */
let firstPaint: SvgWorld | undefined;
export function getFirstPaintWorld(): SvgWorld {
	return (firstPaint ??= mercatorSvgWorld(sphericalCountries(), WORLD_FRAME));
}

/** The first-paint world coarse outside `fine` (coarseWorld), for a page's HTML; made once per key. */
const coarseWorlds = new Map<string, SvgWorld>();
export function getCoarseFirstPaintWorld(key: string, fine: UnitsBox | null): SvgWorld {
	let made = coarseWorlds.get(key);
	if (!made) coarseWorlds.set(key, (made = coarseWorld(getFirstPaintWorld(), WORLD_COARSE, fine)));
	return made;
}

/**
 * The pictures' world: the map's first frame in Web Mercator (getFirstPaintWorld), so a saved
 * picture can show exactly the part of the world the live map shows.
 */
export const getPictureWorld = (): SvgWorld => getFirstPaintWorld();

/**
 * Every line the engagement layer can draw (any date), as an SVG path on the pictures' world:
 * the great circle between the two countries' points, keyed by the pair's sorted codes.
 */
let svgLinks: Record<string, LinePath> | undefined;
export function getSvgWorldLinks(): Record<string, LinePath> {
	return (svgLinks ??= drawSvgWorldLinks());
}

function drawSvgWorldLinks(): Record<string, LinePath> {
	const { projection } = framedMercator(WORLD_FRAME, getPictureWorld().width);
	const points = new Map(
		getWorld().points.features.map((f) => [f.properties.iso3, f.geometry.coordinates])
	);
	const lines: Record<string, LinePath> = {};
	for (const link of linksOf(dataset.events)) {
		const [from, to] = [points.get(link.from), points.get(link.to)];
		if (!from || !to) continue;
		// The line the live map draws (live/links.ts): from the frame's copy of its start, held
		// under the Arctic Circle, straight between its points in Mercator.
		const [line] = greatCircle(from as [number, number], to as [number, number]);
		const drawn = underCeiling(shiftLine(line!, intoFrame(from[0]!)));
		const d = drawn
			.map((at, i) => {
				const [x, y] = projection(at as [number, number])!;
				return `${i ? 'L' : 'M'}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
			})
			.join('');
		lines[linkKey(link)] = { from: link.from, d };
	}
	return lines;
}
