/**
 * The live map's world in one small file: the build's cut countries and their points as TopoJSON
 * (one arc per ring, coordinates as whole hundredths of a degree, each step from the last), which
 * the map turns back into GeoJSON when it starts. The countries are already rounded to
 * hundredths, so nothing is lost on the way. The same format carries the finer world (50m) that
 * the map loads once a reader zooms past what the coarse one can show.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { CountryProperties, PointProperties, WorldGeometry } from './types';

/** Hundredths of a degree: what the build rounds the cut countries to. */
const STEP = 0.01;
const ORIGIN: [number, number] = [-180, -90];

const grid = ([x, y]: Position): [number, number] => [
	Math.round((x! - ORIGIN[0]) / STEP),
	Math.round((y! - ORIGIN[1]) / STEP)
];

/** The world as one topology: objects `countries` (polygons) and `points` (with their boxes). */
export function packWorld(world: WorldGeometry): Topology {
	const arcs: [number, number][][] = [];
	const arcOf = (ring: Position[]): number => {
		let last: [number, number] = [0, 0];
		arcs.push(
			ring.map((position) => {
				const at = grid(position);
				const step: [number, number] = [at[0] - last[0], at[1] - last[1]];
				last = at;
				return step;
			})
		);
		return arcs.length - 1;
	};
	const countries = world.countries.features.map((country) => {
		const { geometry, properties } = country;
		return geometry.type === 'Polygon'
			? { type: 'Polygon' as const, properties, arcs: geometry.coordinates.map((r) => [arcOf(r)]) }
			: {
					type: 'MultiPolygon' as const,
					properties,
					arcs: geometry.coordinates.map((polygon) => polygon.map((r) => [arcOf(r)]))
				};
	});
	const points = world.points.features.map((point) => ({
		type: 'Point' as const,
		properties: point.properties,
		coordinates: grid(point.geometry.coordinates)
	}));
	return {
		type: 'Topology',
		transform: { scale: [STEP, STEP], translate: ORIGIN },
		objects: {
			countries: { type: 'GeometryCollection', geometries: countries },
			points: { type: 'GeometryCollection', geometries: points }
		},
		arcs
	} as Topology;
}

/** Back to whole hundredths: x * 0.01 - 180 is not exact in floating point. */
const hundredths = (n: number) => Math.round(n * 100) / 100;
const rounded = (position: Position): Position => [
	hundredths(position[0]!),
	hundredths(position[1]!)
];

/** packWorld's topology as the GeoJSON the live map's sources take. */
export function unpackWorld(topology: Topology): WorldGeometry {
	const countries = feature(topology, topology.objects.countries!) as FeatureCollection<
		Polygon | MultiPolygon,
		CountryProperties
	>;
	for (const country of countries.features) {
		const { geometry } = country;
		if (geometry.type === 'Polygon')
			geometry.coordinates = geometry.coordinates.map((ring) => ring.map(rounded));
		else
			geometry.coordinates = geometry.coordinates.map((polygon) =>
				polygon.map((ring) => ring.map(rounded))
			);
	}
	const points = feature(topology, topology.objects.points!) as FeatureCollection<
		Point,
		PointProperties
	>;
	for (const point of points.features as Feature<Point, PointProperties>[])
		point.geometry.coordinates = rounded(point.geometry.coordinates);
	return { countries, points };
}
