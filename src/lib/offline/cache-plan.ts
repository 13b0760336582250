/**
 * What the service worker keeps and how it finds a page again. Pure, so it is tested beside it; the
 * worker itself (src/service-worker.ts) only wires these into the cache and fetch events.
 */
import { withoutLocale } from '$lib/i18n/locale';

/** Every cache this dashboard's worker makes starts so; the rest of the name is the build. */
export const CACHE_PREFIX = 'abductions-map-';

export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/** Caches left by earlier builds, to delete once the new worker takes over. Others' are kept. */
export function staleCaches(names: readonly string[], version: string): string[] {
	return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName(version));
}

export interface SiteFiles {
	base: string;
	/** The app's scripts and styles ($service-worker `build`). */
	build: readonly string[];
	/** Everything copied from static/ ($service-worker `files`). */
	files: readonly string[];
	/** Pages and data files written while building ($service-worker `prerendered`). */
	prerendered: readonly string[];
}

/**
 * The whole site, for use without a network: pages, scripts, styles, geometry, data and the
 * handout pictures. Left out: embed pages (they are for other sites' frames), link-preview
 * images under /og/ (read by other sites' servers, never by the pages), and the host's
 * configuration file `_headers`. The 404 page is added, to answer unknown addresses offline.
 *
 * Nor are the country pages and classroom steps stored, in any language: each carries the world
 * in its HTML, and 138 country pages would be as many copies of it. Offline, such an address is
 * answered with the 404 page, the app's shell, which draws the page in the browser from the
 * stored script, data and world files, as after a click from another page.
 */
export function precacheList({ base, build, files, prerendered }: SiteFiles): string[] {
	const sitePath = (path: string) => withoutLocale(path.slice(base.length));
	const forOtherSites = (path: string) => /^\/(embed|og)(\/|$)/.test(sitePath(path));
	// A page, not a file (no extension): its data (__data.json) and pictures stay stored.
	const drawnFromShell = (path: string) => /^\/(country|present)\/[^.]*$/.test(sitePath(path));
	const kept = [
		...build,
		...files.filter((path) => !path.endsWith('/_headers')),
		...prerendered.filter((path) => !forOtherSites(path) && !drawnFromShell(path)),
		`${base}/404.html`
	];
	return [...new Set(kept)];
}

/**
 * The cache key under which a page was stored, for a navigation to `pathname`: the query is the
 * view's state (read by the page once loaded), so `/?layer=forums` is the page stored as `/`; the
 * site root may be asked for with or without its trailing slash.
 */
export function pageKeys(pathname: string, base: string): string[] {
	const keys = [pathname];
	if (pathname === `${base}/` && base) keys.push(base);
	if (pathname === base && base) keys.push(`${base}/`);
	return keys;
}
