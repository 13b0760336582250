/** The world geometry, built once per build from world-atlas; never part of the client bundle. */
import type { Topology } from 'topojson-specification';
import coarse from 'world-atlas/countries-110m.json';
import fine from 'world-atlas/countries-50m.json';
import {
	buildWorld,
	svgWorld,
	topologyToCountries,
	type SvgWorld,
	type WorldGeometry
} from '$lib/geo/world';
import { numericToIso3 } from '$lib/geo/iso';
import { dataset } from '$lib/data/dataset';

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

let svg: SvgWorld | undefined;

/** Built from the spherical geometry: d3's projection does its own antimeridian clipping. */
export function getSvgWorld(): SvgWorld {
	if (!svg) {
		const needed = new Set(getWorld().countries.features.map((f) => f.properties.iso3));
		const spherical = topologyToCountries(coarse as unknown as Topology, numericToIso3);
		const present = new Set(spherical.map((c) => c.properties.iso3));
		const extra = topologyToCountries(fine as unknown as Topology, numericToIso3).filter(
			(c) => needed.has(c.properties.iso3) && !present.has(c.properties.iso3)
		);
		svg = svgWorld([...spherical, ...extra]);
	}
	return svg;
}
