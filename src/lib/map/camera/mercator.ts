/**
 * Web Mercator, written once. Every map of the dashboard is drawn in it: MapLibre's, the SVG world
 * in the page's HTML, the classroom's frames and the handout. A latitude goes to a height in units
 * of the Earth's radius (0 at the equator, growing north), and back.
 */

/** How far north of the equator a latitude (degrees) is drawn, in Earth radii. */
export function mercatorY(lat: number): number {
	return Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
}

/** The latitude (degrees) drawn at a height in Earth radii: mercatorY's reverse. */
export function latitudeAt(y: number): number {
	return ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
}

/** A span of longitude (degrees) in Earth radii: Web Mercator's width for it. */
export function mercatorWidth(degrees: number): number {
	return (degrees * Math.PI) / 180;
}

/**
 * The way back from a Mercator map's screen to places, read off its `project`: x grows evenly
 * with longitude and y with Mercator's stretched latitude, so two places fix both scales.
 */
export function mercatorInverse(
	project: (at: [number, number]) => { x: number; y: number }
): (point: { x: number; y: number }) => [number, number] {
	const origin = project([0, 0]);
	const far = project([90, 60]);
	const perDegree = (far.x - origin.x) / 90;
	const perMercator = (far.y - origin.y) / mercatorY(60);
	return ({ x, y }) => [(x - origin.x) / perDegree, latitudeAt((y - origin.y) / perMercator)];
}
