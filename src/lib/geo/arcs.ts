/** Great-circle lines between two places, split where they cross the antimeridian. */
import { geoInterpolate } from 'd3-geo';
import type { Position } from 'geojson';

export function greatCircle(
	from: [number, number],
	to: [number, number],
	steps = 48
): Position[][] {
	const interpolate = geoInterpolate(from, to);
	const parts: Position[][] = [[]];
	let previous: [number, number] | undefined;
	for (let i = 0; i <= steps; i++) {
		const point = interpolate(i / steps) as [number, number];
		if (previous && Math.abs(point[0] - previous[0]) > 180) {
			// Close this part at the edge and start the next on the other side.
			const edge = previous[0] > 0 ? 180 : -180;
			const t = (edge - previous[0]) / (point[0] + 2 * edge - previous[0]);
			const lat = previous[1] + t * (point[1] - previous[1]);
			parts[parts.length - 1]!.push([edge, lat]);
			parts.push([[-edge, lat]]);
		}
		parts[parts.length - 1]!.push(point);
		previous = point;
	}
	return parts;
}
