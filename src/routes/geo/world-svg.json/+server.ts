import { getSvgWorld } from '$lib/server/world';
import { jsonFile } from '$lib/server/respond';

export const prerender = true;
export const GET = () => jsonFile(getSvgWorld());
