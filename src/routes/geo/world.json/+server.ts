// The live map's world, countries and points in one TopoJSON file (see $lib/geo/topology).
import { getWorld } from '$lib/server/world';
import { packWorld } from '$lib/geo/topology';
import { jsonFile } from '$lib/server/respond';

export const prerender = true;
export const GET = () => jsonFile(packWorld(getWorld()));
