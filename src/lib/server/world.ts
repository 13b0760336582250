/** The world geometry, built once per build from world-atlas; never part of the client bundle. */
import type { Topology } from 'topojson-specification';
import coarse from 'world-atlas/countries-110m.json';
import fine from 'world-atlas/countries-50m.json';
import { buildWorld, type WorldGeometry } from '$lib/geo/world';
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
