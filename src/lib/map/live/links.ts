/**
 * The lines of the engagement layer as GeoJSON: great-circle arcs between countries' label points,
 * each in one piece and placed in the world frame, so none wraps round the map's edge.
 */
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';
import type { Link } from '$lib/data/engagement';
import { formatDate } from '$lib/data/format';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import type { Position } from 'geojson';
import { greatCircle, LINE_CEILING, shiftLine, underCeiling } from '$lib/geo/arcs';
import { intoFrame } from '../camera/frame';
import { latitudeAt, mercatorWidth, mercatorY } from '../camera/mercator';
import { TILE_SIZE } from '../camera/view-box';
import { ARROWHEAD_MIN_LINE } from '$lib/layers/arrow';

export interface LinkProperties {
	id: string;
	kind: Link['kind'];
	/** "Japan → Russia" when one side acted in all its events, "Japan – United States" when both did. */
	label: string;
	/** Whether one side acted in all its events: the line, drawn from it, then has a head. */
	oneWay: boolean;
	/** The zoom from which the line is long enough on screen to carry its head (headFromZoom). */
	headFromZoom: number;
	/** What the line stands for and when, one entry per event. */
	detail: string[];
}

export function linkFeatures(
	links: readonly Link[],
	places: ReadonlyMap<string, [number, number]>,
	nameOf: (iso3: string) => string,
	locale: Locale = 'en',
	/** The north each line keeps below (line-fit.ts): the Arctic Circle unless the view says. */
	ceilingOf: (line: Position[]) => number = () => LINE_CEILING
): FeatureCollection<MultiLineString, LinkProperties> {
	const t = messagesFor(locale);
	const features: Feature<MultiLineString, LinkProperties>[] = [];
	for (const link of links) {
		const from = places.get(link.from);
		const to = places.get(link.to);
		if (!from || !to) continue;
		const lines = greatCircle(from, to).map((line) => {
			const placed = shiftLine(line, intoFrame(from[0]));
			return underCeiling(placed, ceilingOf(placed));
		});
		features.push({
			type: 'Feature',
			properties: {
				id: `${link.from}-${link.to}`,
				kind: link.kind,
				label: `${nameOf(link.from)} ${link.actedBy.length === 1 ? '→' : '–'} ${nameOf(link.to)}`,
				oneWay: link.actedBy.length === 1,
				headFromZoom: headFromZoom(lines.flat()),
				detail: link.events.map((e) =>
					t.map.linkDetail(formatDate(e.date, locale), e.title, t.kind[e.kind])
				)
			},
			geometry: {
				type: 'MultiLineString',
				coordinates: lines
			}
		});
	}
	return { type: 'FeatureCollection', features };
}

/**
 * The zoom from which a line is long enough on screen to carry its head (ARROWHEAD_MIN_LINE), as
 * the static map decides it: the line's length at zoom 0, in MapLibre's pixels, doubles with each
 * zoom. Japan to South Korea gets its head only once the map is close enough to show the line.
 */
export function headFromZoom(line: readonly Position[]): number {
	const pixels = TILE_SIZE / (2 * Math.PI);
	let length = 0;
	for (let i = 1; i < line.length; i++) {
		const [lng0, lat0] = line[i - 1] as [number, number];
		const [lng1, lat1] = line[i] as [number, number];
		length += Math.hypot(
			mercatorWidth(lng1 - lng0) * pixels,
			(mercatorY(lat1) - mercatorY(lat0)) * pixels
		);
	}
	return length > 0 ? Math.log2(ARROWHEAD_MIN_LINE / length) : Infinity;
}

export interface HeadProperties {
	id: string;
	kind: Link['kind'];
	/** The way the line runs at its middle, on the map: degrees clockwise from east. */
	angle: number;
	headFromZoom: number;
}

/**
 * The one-way lines' heads as points, each at its line's middle measured on the map (Mercator),
 * turned the way the line runs there: as the static map places them (layers/arrow.ts). A point,
 * not MapLibre's line-center placement, which places one head per tile a long line crosses.
 */
export function headFeatures(
	lines: FeatureCollection<MultiLineString, LinkProperties>
): FeatureCollection<Point, HeadProperties> {
	const features: Feature<Point, HeadProperties>[] = [];
	for (const { properties, geometry } of lines.features) {
		const line = geometry.coordinates.flat() as [number, number][];
		if (!properties.oneWay || line.length < 2) continue;
		// On the map: x east and y south, in Earth radii.
		const points = line.map(([lng, lat]) => [mercatorWidth(lng), -mercatorY(lat)] as const);
		const steps = points.slice(1).map((to, i) => {
			const from = points[i]!;
			return { from, to, length: Math.hypot(to[0] - from[0], to[1] - from[1]) };
		});
		// The step holding the line's middle, and how far into it the middle lies.
		let left = steps.reduce((sum, step) => sum + step.length, 0) / 2;
		let index = 0;
		while (index < steps.length - 1 && left > steps[index]!.length) left -= steps[index++]!.length;
		const step = steps[index]!;
		if (!step.length) continue;
		const t = left / step.length;
		const x = step.from[0] + (step.to[0] - step.from[0]) * t;
		const y = step.from[1] + (step.to[1] - step.from[1]) * t;
		const angle =
			(Math.atan2(step.to[1] - step.from[1], step.to[0] - step.from[0]) * 180) / Math.PI;
		features.push({
			type: 'Feature',
			properties: {
				id: properties.id,
				kind: properties.kind,
				angle: Math.round(angle * 10) / 10,
				headFromZoom: properties.headFromZoom
			},
			geometry: { type: 'Point', coordinates: [(x * 180) / Math.PI, latitudeAt(-y)] }
		});
	}
	return { type: 'FeatureCollection', features };
}
