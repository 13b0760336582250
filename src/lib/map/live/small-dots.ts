/**
 * The live map's small-country dots follow the rule the static world's follow (small-dot.ts):
 * each goes once its own country's shape is large enough to point at. A style expression cannot
 * weigh a feature's box against the zoom, so each dot is marked as the zoom changes
 * (feature-state `givenWay`, which the dots' layer reads: style.ts).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PointProperties } from '$lib/geo/types';
import { dotShown } from '../camera/small-dot';
import { POINTS_SOURCE } from './ids';

export function followDotsWithZoom(
	map: Pick<MapLibreMap, 'getZoom' | 'on' | 'setFeatureState'>,
	points: FeatureCollection<Point, PointProperties>
): void {
	const small = points.features.filter((f) => f.properties.small).map((f) => f.properties);
	const givenWay = new Map<string, boolean>();
	const mark = () => {
		const zoom = map.getZoom();
		for (const { iso3, bbox } of small) {
			const gone = !dotShown(bbox, zoom);
			if (givenWay.get(iso3) === gone) continue;
			givenWay.set(iso3, gone);
			map.setFeatureState({ source: POINTS_SOURCE, id: iso3 }, { givenWay: gone });
		}
	};
	map.on('zoom', mark);
	mark();
}
