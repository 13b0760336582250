/**
 * World geometry for the map: Natural Earth (world-atlas) topology -> GeoJSON keyed by ISO alpha-3,
 * cut at the antimeridian so that a flat map draws no stripes, rounded to what a screen can show,
 * plus one point per country for labels and for hit areas of countries too small to click.
 */
import {
	geoArea,
	geoCentroid,
	geoEqualEarth,
	geoEquirectangular,
	geoMercator,
	geoPath,
	type GeoProjection
} from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import {
	frameCentre,
	WORLD_FRAME,
	WORLD_WIDTH,
	type Box,
	type Frame
} from '../../map/camera/frame.ts';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryFeature, SvgWorld, WorldGeometry } from '../../geo/types.ts';
import { compactPath } from '../../geo/path.ts';

/** Below this area (km²) a country is a few pixels wide at world zoom. Lebanon is ~10 000 km². */
export const SMALL_COUNTRY_KM2 = 25_000;
const EARTH_KM2 = 510_072_000;
/** Two decimals of a degree is about 1 km: finer than a 1920 px world map can show. */
const DECIMALS = 2;

type IsoLookup = (numericId: string) => string | undefined;

/** Antarctica carries no data and would take a quarter of a Mercator map's height: left out. */
const LEFT_OUT = new Set(['ATA']);

/**
 * Topology -> features with ISO alpha-3 ids; features without a code (e.g. Kosovo) are kept with
 * none. Antarctica is left out.
 */
export function topologyToCountries(topology: Topology, toIso3: IsoLookup): CountryFeature[] {
	const object = topology.objects.countries as GeometryCollection<{ name: string }>;
	const collection = feature(topology, object) as FeatureCollection<
		Polygon | MultiPolygon,
		{ name: string }
	>;
	return collection.features
		.filter((f) => f.geometry)
		.map((f): CountryFeature => ({
			type: 'Feature',
			properties: {
				iso3: (f.id !== undefined && toIso3(String(f.id))) || '',
				name: f.properties.name
			},
			geometry: f.geometry
		}))
		.filter((f) => !LEFT_OUT.has(f.properties.iso3));
}

/** Equirectangular with unit scale: x = longitude, y = latitude, clipped at ±180° by d3-geo. */
function lonLatIdentity() {
	return geoEquirectangular()
		.scale(180 / Math.PI)
		.translate([0, 0])
		.reflectY(true)
		.precision(0);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function roundRing(ring: Position[]): Position[] {
	const factor = 10 ** DECIMALS;
	const out: Position[] = [];
	for (const [x, y] of ring) {
		const point: Position = [Math.round(x! * factor) / factor, Math.round(y! * factor) / factor];
		const last = out[out.length - 1];
		if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
	}
	return out;
}

function polygonsOf(geometry: Polygon | MultiPolygon | null): Position[][][] {
	if (!geometry) return [];
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Cuts every ring that crosses the antimeridian into pieces on either side of it, then rounds. */
export function cutAtAntimeridian(country: CountryFeature): CountryFeature {
	const projected = geoProject(country, lonLatIdentity()) as CountryFeature;
	const polygons = polygonsOf(projected.geometry)
		.map((polygon) => polygon.map(roundRing).filter((ring) => ring.length >= 4))
		.filter((polygon) => polygon.length > 0);
	const geometry: Polygon | MultiPolygon =
		polygons.length === 1
			? { type: 'Polygon', coordinates: polygons[0]! }
			: { type: 'MultiPolygon', coordinates: polygons };
	return { type: 'Feature', properties: country.properties, geometry };
}

export function areaKm2(country: CountryFeature): number {
	return (geoArea(country) / (4 * Math.PI)) * EARTH_KM2;
}

/** The centroid of the largest piece: France's point falls in France, not between it and Guiana. */
export function labelPoint(country: CountryFeature): Position {
	const pieces = polygonsOf(country.geometry).map(
		(coordinates) => ({ type: 'Polygon', coordinates }) as Polygon
	);
	const largest = pieces.reduce((best, piece) => (geoArea(piece) > geoArea(best) ? piece : best));
	return geoCentroid(largest);
}

/**
 * The box to fit when a country is selected: its pieces of at least a tenth of the largest one's
 * area, so that Alaska counts for the United States but the Aleutians do not stretch it round the world.
 */
export function focusBounds(country: CountryFeature): Box {
	const pieces = polygonsOf(country.geometry);
	const areas = pieces.map((coordinates) => geoArea({ type: 'Polygon', coordinates } as Polygon));
	const largest = Math.max(...areas);
	let [west, south, east, north] = [180, 90, -180, -90];
	pieces.forEach((polygon, i) => {
		if (areas[i]! < largest / 10) return;
		for (const [x, y] of polygon[0]!) {
			west = Math.min(west, x!);
			east = Math.max(east, x!);
			south = Math.min(south, y!);
			north = Math.max(north, y!);
		}
	});
	return [west, south, east, north];
}

/**
 * Every country of the coarse topology, plus countries the dataset needs that only the finer one
 * has (110m lacks Singapore and Malta), uncut: what both the map and the SVG pictures draw.
 */
export function mergedCountries(
	coarse: Topology,
	fine: Topology,
	toIso3: IsoLookup,
	neededIso3: readonly string[]
): CountryFeature[] {
	const countries = topologyToCountries(coarse, toIso3);
	const present = new Set(countries.map((c) => c.properties.iso3));
	const missing = new Set(neededIso3.filter((code) => !present.has(code)));
	if (missing.size) {
		countries.push(
			...topologyToCountries(fine, toIso3).filter((c) => missing.has(c.properties.iso3))
		);
	}
	return countries;
}

/** The map's geometry: the merged countries, each cut at the antimeridian, and their points. */
export function buildWorld(
	coarse: Topology,
	fine: Topology,
	toIso3: IsoLookup,
	neededIso3: readonly string[]
): WorldGeometry {
	return worldFromCountries(mergedCountries(coarse, fine, toIso3, neededIso3));
}

/** Cut shapes for the map, and a point per coded country (label, hit dot, selection bounds). */
export function worldFromCountries(countries: readonly CountryFeature[]): WorldGeometry {
	const cut = countries.map(cutAtAntimeridian);
	return {
		countries: { type: 'FeatureCollection', features: cut },
		points: {
			type: 'FeatureCollection',
			features: countries
				.map((c, i) => ({ spherical: c, flat: cut[i]! }))
				.filter(({ spherical }) => spherical.properties.iso3)
				.map(({ spherical, flat }) => ({
					type: 'Feature',
					properties: {
						...spherical.properties,
						small: areaKm2(spherical) < SMALL_COUNTRY_KM2,
						bbox: focusBounds(flat)
					},
					geometry: { type: 'Point', coordinates: labelPoint(spherical).map(round2) }
				}))
		}
	};
}

/** Countries as SVG paths through a projection into a width x height frame. */
function projectWorld(
	countries: readonly CountryFeature[],
	projection: GeoProjection,
	width: number,
	height: number
): SvgWorld {
	const path = geoPath(projection).digits(1);
	return {
		width,
		height,
		countries: countries
			.map((c) => ({
				iso3: c.properties.iso3,
				name: c.properties.name,
				d: compactPath(path(c) ?? '')
			}))
			.filter((c) => c.d)
	};
}

/**
 * The world as SVG paths in the Equal Earth projection: the static map that stands in where
 * WebGL is missing, and the classroom handout.
 */
export function svgWorld(
	countries: readonly CountryFeature[],
	width = 960,
	height = 440
): SvgWorld {
	return projectWorld(countries, svgWorldProjection(countries, width, height), width, height);
}

/** svgWorld's projection: the same pixels for anything else drawn on it (the pictures' lines). */
export function svgWorldProjection(
	countries: readonly CountryFeature[],
	width = 960,
	height = 440
): GeoProjection {
	// Centred as the live map is, on the Pacific side of Asia.
	return geoEqualEarth()
		.rotate([-frameCentre(WORLD_FRAME), 0])
		.fitSize([width, height], {
			type: 'FeatureCollection',
			features: [...countries]
		} as FeatureCollection);
}

/**
 * Web Mercator with a frame's [[west, south], [east, north]] corners on the corners of a picture
 * `width` wide (its height follows), turned to the frame's middle meridian so that a frame past
 * 180° (the Pacific in the middle) is drawn as the live map draws it, from its world copies.
 * What the SVG world and the handout's maps are drawn with, and their names placed by.
 */
export function framedMercator(
	[[west, south], [east, north]]: Frame,
	width: number
): { projection: GeoProjection; height: number } {
	const centre: [number, number, number] = [-(west + east) / 2, 0, 0];
	const unit = geoMercator().rotate(centre).scale(1).translate([0, 0]);
	const [x0, y0] = unit([west, north])!;
	const [x1, y1] = unit([east, south])!;
	const scale = width / (x1 - x0);
	const projection = geoMercator()
		.rotate(centre)
		.scale(scale)
		.translate([-x0 * scale, -y0 * scale]);
	return { projection, height: Math.round((y1 - y0) * scale) };
}

/**
 * The world exactly as the interactive map first frames it (framedMercator). Shown scaled to fit
 * (as MapLibre's fitBounds does), it lies under the map the map then draws, so nothing jumps.
 */
export function mercatorSvgWorld(
	countries: readonly CountryFeature[],
	frame: Frame,
	width = WORLD_WIDTH
): SvgWorld {
	const { projection, height } = framedMercator(frame, width);
	projection.clipExtent([
		[0, 0],
		[width, height]
	]);
	return projectWorld(countries, projection, width, height);
}
