/** Downloading what the maps draw: the live map's geometry, and the static map's SVG world. */
import type { Topology } from 'topojson-specification';
import type { SvgWorld, WorldGeometry } from '$lib/geo/types';
import { inLocale, type Locale } from '$lib/i18n/locale';
import type { LinePath } from '$lib/layers/link-lines';

/** What the live map draws: the countries, cut at the antimeridian, and a point for each. */
export type MapGeometry = WorldGeometry;

type Fetch = typeof fetch;

/** The live map's one file under a base path: the whole world, countries and points. */
export function geometryUrl(base: string): string {
	return `${base}/geo/world.json`;
}

export function svgWorldUrl(base: string): string {
	return `${base}/geo/world-svg.json`;
}

/** JSON from `url`, or an error that says what did not load and why. */
export async function fetchJson<T>(url: string, what: string, fetcher: Fetch = fetch): Promise<T> {
	const response = await fetcher(url);
	if (!response.ok) throw new Error(`${what} did not load (${response.status})`);
	return (await response.json()) as T;
}

const GEOMETRY = "the map's geometry";

/** The world's topology, turned into the GeoJSON the live map's sources take. */
export async function fetchGeometry(base: string, fetcher: Fetch = fetch): Promise<MapGeometry> {
	// The unpacking code comes with the file, not with the page's first script.
	const [topology, { unpackWorld }] = await Promise.all([
		fetchJson<Topology>(geometryUrl(base), GEOMETRY, fetcher),
		import('$lib/geo/topology')
	]);
	return unpackWorld(topology);
}

/** The finer countries (50m) the live map swaps in when zoomed in: no points, same ids. */
export async function fetchFineCountries(
	base: string,
	fetcher: Fetch = fetch
): Promise<MapGeometry['countries']> {
	const [topology, { unpackWorld }] = await Promise.all([
		fetchJson<Topology>(`${base}/geo/world-50m.json`, GEOMETRY, fetcher),
		import('$lib/geo/topology')
	]);
	return unpackWorld(topology).countries;
}

/** The SVG world's markup with the map pages' colours, for a map page reached without a page load. */
export async function fetchWorldMarkup(
	base: string,
	locale: Locale,
	fetcher: Fetch = fetch
): Promise<string> {
	// In the page's language: the world's links and first tooltips carry its words.
	const response = await fetcher(`${base}${inLocale('/geo/world-map.svg', locale)}`);
	if (!response.ok) throw new Error(`${response.status}`);
	return response.text();
}

const worldMarkups = new Map<string, () => Promise<string>>();

/**
 * The SVG world's markup in a language, downloaded once for the page's life: a slide's insets
 * (and the next map page) share one download.
 */
export function keptWorldMarkup(base: string, locale: Locale): Promise<string> {
	const key = `${base} ${locale}`;
	let load = worldMarkups.get(key);
	if (!load) {
		load = keptUnlessFailed(() => fetchWorldMarkup(base, locale));
		worldMarkups.set(key, load);
	}
	return load();
}

const linePathTables = new Map<string, () => Promise<Readonly<Record<string, LinePath>>>>();

/**
 * The engagement layer's lines as paths on the static world (export/links.json), downloaded once
 * for the page's life: the static world and the saved pictures share it.
 */
export function keptLinePaths(base: string): Promise<Readonly<Record<string, LinePath>>> {
	let load = linePathTables.get(base);
	if (!load) {
		load = keptUnlessFailed(() =>
			fetchJson<Record<string, LinePath>>(`${base}/export/links.json`, "the map's lines")
		);
		linePathTables.set(base, load);
	}
	return load();
}

export function fetchSvgWorld(base: string, fetcher: Fetch = fetch): Promise<SvgWorld> {
	return fetchJson<SvgWorld>(svgWorldUrl(base), 'the static map', fetcher);
}

/**
 * A download kept for the page's life and shared: the live map's geometry is fetched when the
 * first live map starts and kept for the next map page. A failed
 * download is tried again by the next caller, not remembered.
 */
export function keptUnlessFailed<T>(load: () => Promise<T>): () => Promise<T> {
	let kept: Promise<T> | undefined;
	return () => {
		if (kept) return kept;
		const loading = load();
		kept = loading;
		loading.catch(() => {
			if (kept === loading) kept = undefined;
		});
		return loading;
	};
}
