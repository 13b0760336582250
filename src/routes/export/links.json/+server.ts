// The engagement layer's lines as SVG paths on the pictures' world (export/world.json), drawn at
// build time, so the browser draws them into a saved picture without projecting anything itself.
import { jsonFile } from '$lib/server/respond';
import { getSvgWorldLinks } from '$lib/server/world';

export const prerender = true;
export const GET = () => jsonFile(getSvgWorldLinks());
