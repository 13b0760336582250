// The interactive world of the map pages' HTML, for a map page reached without a page load.
import { base } from '$app/paths';
import { firstPaintWorld } from '$lib/server/first-paint';

export const prerender = true;

export const GET = () =>
	new Response(firstPaintWorld(base), { headers: { 'content-type': 'image/svg+xml' } });
