declare module 'd3-geo-projection' {
	import type { GeoProjection } from 'd3-geo';
	/** Projects GeoJSON through a d3 projection, keeping it GeoJSON (clipped and resampled). */
	export function geoProject<T extends GeoJSON.GeoJSON>(object: T, projection: GeoProjection): T;
}
