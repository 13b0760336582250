import { expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import type { PointProperties } from '$lib/geo/types';
import { followDotsWithZoom } from './small-dots';

const point = (iso3: string, small: boolean, bbox: PointProperties['bbox']) => ({
	type: 'Feature' as const,
	properties: { iso3, name: iso3, small, bbox },
	geometry: { type: 'Point' as const, coordinates: [bbox[0], bbox[1]] }
});
const POINTS: FeatureCollection<Point, PointProperties> = {
	type: 'FeatureCollection',
	features: [
		point('LBN', true, [35.1, 33.05, 36.6, 34.69]),
		point('SGP', true, [103.6, 1.2, 104.0, 1.47]),
		point('JPN', false, [129, 31, 146, 46])
	]
};

it("marks a small country's dot once its shape is large enough, as the zoom changes", () => {
	let zoom = 1.3;
	let onZoom = () => {};
	const states: string[] = [];
	followDotsWithZoom(
		{
			getZoom: () => zoom,
			on: ((_: string, listener: () => void) => (onZoom = listener)) as never,
			setFeatureState: (({ id }: { id: string }, state: { givenWay: boolean }) =>
				states.push(`${id} ${state.givenWay}`)) as never
		},
		POINTS
	);
	expect(states).toEqual(['LBN false', 'SGP false']);
	zoom = 2;
	onZoom();
	// Nothing changed: nothing is set again.
	expect(states).toHaveLength(2);
	zoom = 3;
	onZoom();
	expect(states.slice(2)).toEqual(['LBN true']);
	zoom = 1;
	onZoom();
	expect(states.slice(3)).toEqual(['LBN false']);
});
