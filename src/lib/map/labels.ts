/**
 * Country names on the map, as HTML markers: the style has no glyphs (nothing is fetched), so
 * MapLibre cannot draw text itself. Hidden from screen readers; the tooltip and panels say it.
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { PointProperties } from '$lib/geo/world';

interface Placement {
	anchor: 'left' | 'right' | 'top';
	offset: [number, number];
	/** Shown from this zoom on. */
	minZoom: number;
}

/**
 * Anchored apart so they do not collide at world zoom, South Korea's shown only once there is
 * room for it. Japan's sits below it, not to its right, where a world view in a narrow map (the
 * classroom at 1024 px) would clip it.
 */
const LABELS: Record<string, Placement> = {
	PRK: { anchor: 'right', offset: [-8, -4], minZoom: 0 },
	JPN: { anchor: 'top', offset: [4, 14], minZoom: 0 },
	KOR: { anchor: 'right', offset: [-4, 4], minZoom: 3 }
};

export function addCountryLabels(
	map: MapLibreMap,
	points: FeatureCollection<Point, PointProperties>
): void {
	const labels: [HTMLElement, number][] = [];
	for (const feature of points.features) {
		const placement = LABELS[feature.properties.iso3];
		if (!placement) continue;
		const label = document.createElement('span');
		label.className = 'map-label';
		label.setAttribute('aria-hidden', 'true');
		label.textContent = feature.properties.name;
		labels.push([label, placement.minZoom]);
		new Marker({ element: label, anchor: placement.anchor, offset: placement.offset })
			.setLngLat(feature.geometry.coordinates as [number, number])
			.addTo(map);
	}
	const showLabels = () => {
		for (const [label, minZoom] of labels) label.hidden = map.getZoom() < minZoom;
	};
	map.on('zoom', showLabels);
	showLabels();
}
