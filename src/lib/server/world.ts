/** The world geometry, built once per build from world-atlas; never part of the client bundle. */
import type { Topology } from 'topojson-specification';
import coarse from 'world-atlas/countries-110m.json';
import fine from 'world-atlas/countries-50m.json';
import {
	buildWorld,
	mercatorSvgWorld,
	svgWorld,
	type CountryFeature,
	topologyToCountries,
	type SvgWorld,
	type WorldGeometry
} from '$lib/geo/world';
import { numericToIso3 } from '$lib/geo/iso';
import { dataset } from '$lib/data/dataset';
import { WORLD_FRAME } from '$lib/map/frames';

let world: WorldGeometry | undefined;

export function getWorld(): WorldGeometry {
	world ??= buildWorld(
		coarse as unknown as Topology,
		fine as unknown as Topology,
		numericToIso3,
		dataset.countries.map((c) => c.iso3)
	);
	return world;
}

let spherical: CountryFeature[] | undefined;

/**
 * The countries for the SVG pictures, uncut: d3's projections clip at the antimeridian
 * themselves. Small states missing from 110m come from 50m, as on the map.
 */
export function sphericalCountries(): CountryFeature[] {
	if (!spherical) {
		const needed = new Set(getWorld().countries.features.map((f) => f.properties.iso3));
		const coarseCountries = topologyToCountries(coarse as unknown as Topology, numericToIso3);
		const present = new Set(coarseCountries.map((c) => c.properties.iso3));
		const extra = topologyToCountries(fine as unknown as Topology, numericToIso3).filter(
			(c) => needed.has(c.properties.iso3) && !present.has(c.properties.iso3)
		);
		spherical = [...coarseCountries, ...extra];
	}
	return spherical;
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
