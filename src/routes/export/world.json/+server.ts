// The pictures' world (Web Mercator, the map's first frame) as SVG paths, drawn at build time, so
// the browser frames a saved picture on what the live map shows without projecting anything.
import { jsonFile } from '$lib/server/respond';
import { getPictureWorld } from '$lib/server/world';

export const prerender = true;
export const GET = () => jsonFile(getPictureWorld());
