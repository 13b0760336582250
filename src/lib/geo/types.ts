/**
 * The shapes of the world's geometry, as the build makes it (server/geo/natural-earth.ts) and the
 * pages read it: countries keyed by ISO alpha-3, a point per country, SVG pictures.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Box } from '../map/camera/frame.ts';

export interface CountryProperties {
	iso3: string;
	name: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;
export interface PointProperties extends CountryProperties {
	/** Too small to hover or click comfortably at world zoom: the map gives it a larger target. */
	small: boolean;
	/** [west, south, east, north] of the country's main pieces: what the map fits to on selection. */
	bbox: Box;
}
export interface WorldGeometry {
	countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
	points: FeatureCollection<Point, PointProperties>;
}

export interface SvgCountry {
	iso3: string;
	name: string;
	/** An SVG path in the flat map's pixel space. */
	d: string;
}

export interface SvgWorld {
	width: number;
	height: number;
	countries: SvgCountry[];
	/**
	 * [x, y, width, height]: where the world is drawn in full; outside it, coarsely for a small
	 * scale (geo/coarse.ts). Absent: in full everywhere.
	 */
	fineWithin?: readonly [number, number, number, number];
}
