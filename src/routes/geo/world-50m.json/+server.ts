// The live map's finer countries (Natural Earth 50m), fetched only once a reader zooms in.
import { getFineWorld } from '$lib/server/world';
import { packWorld } from '$lib/geo/topology';
import { jsonFile } from '$lib/server/respond';

export const prerender = true;
export const GET = () => jsonFile(packWorld(getFineWorld()));
