// The interactive world of the map pages' HTML, for a map page reached without a page load;
// /ja/geo/world-map.svg and /ko/geo/world-map.svg are its twins, in their words.
import { base } from '$app/paths';
import { localeOfAddress } from '$lib/i18n/paths';
import { firstPaintWorld } from '$lib/server/first-paint';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ url }) =>
	new Response(firstPaintWorld(base, localeOfAddress(url.pathname, base)), {
		headers: { 'content-type': 'image/svg+xml' }
	});
