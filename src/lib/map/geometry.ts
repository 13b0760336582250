/** Downloading what the maps draw: the live map's geometry, and the static map's SVG world. */
import type { FeatureCollection, Point } from 'geojson';
import type { PointProperties, SvgWorld } from '$lib/geo/types';

export interface MapGeometry {
	countries: FeatureCollection;
	points: FeatureCollection<Point, PointProperties>;
}

type Fetch = typeof fetch;

/** The live map's two files under a base path: what the page preloads and the map reads. */
export function geometryUrls(base: string) {
	return { countries: `${base}/geo/countries.json`, points: `${base}/geo/points.json` } as const;
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

/** Both geometry files, downloading side by side. */
export async function fetchGeometry(base: string, fetcher: Fetch = fetch): Promise<MapGeometry> {
	const urls = geometryUrls(base);
	const [countries, points] = await Promise.all([
		fetchJson<MapGeometry['countries']>(urls.countries, GEOMETRY, fetcher),
		fetchJson<MapGeometry['points']>(urls.points, GEOMETRY, fetcher)
	]);
	return { countries, points };
}

/** The SVG world's markup with the map pages' colours, for a map page reached without a page load. */
export async function fetchWorldMarkup(base: string, fetcher: Fetch = fetch): Promise<string> {
	const response = await fetcher(`${base}/geo/world-map.svg`);
	if (!response.ok) throw new Error(`${response.status}`);
	return response.text();
}

export function fetchSvgWorld(base: string, fetcher: Fetch = fetch): Promise<SvgWorld> {
	return fetchJson<SvgWorld>(svgWorldUrl(base), 'the static map', fetcher);
}

/**
 * A download kept for the page's life and shared: the live map's geometry is preloaded with the
 * page's HTML, read when the first live map starts and kept for the next map page. A failed
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
