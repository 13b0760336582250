/**
 * The lines of the engagement layer as GeoJSON: great-circle arcs between countries' label points,
 * each in one piece and placed in the world frame, so none wraps round the map's edge.
 */
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';
import { isOneWay, type Link } from '$lib/data/engagement';
import { formatDate } from '$lib/data/format';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import type { Position } from 'geojson';
import { greatCircle, LINE_CEILING, shiftLine, underCeiling } from '$lib/geo/arcs';
import { intoFrame } from '../camera/frame';
import { latitudeAt, mercatorWidth, mercatorY } from '../camera/mercator';
import { TILE_SIZE } from '../camera/view-box';
import { ARROWHEAD_MIN_LINE, middleOf } from '$lib/layers/arrow';
import { linkId } from './ids';

export interface LinkProperties {
	id: string;
	kind: Link['kind'];
	/** "Japan → Russia" when one side acted in all its events, "Japan – United States" when both did. */
	label: string;
	/** Whether one side acted in all its events: the line, drawn from it, then has a head. */
	oneWay: boolean;
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
				id: linkId(link.from, link.to),
				kind: link.kind,
				label: `${nameOf(link.from)} ${isOneWay(link) ? '→' : '–'} ${nameOf(link.to)}`,
				oneWay: isOneWay(link),
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

export interface HeadProperties {
	id: string;
	kind: Link['kind'];
	/** The way the line runs at its middle, on the map: degrees clockwise from east. */
	angle: number;
	/**
	 * The zoom from which the line is long enough on screen to carry its head (ARROWHEAD_MIN_LINE),
	 * as the static map decides it: its length at zoom 0, in MapLibre's pixels, doubles with each
	 * zoom. Japan to South Korea gets its head only once the map is close enough to show the line.
	 */
	headFromZoom: number;
}

/** MapLibre's pixels at zoom 0 for one Earth radius on the map. */
const PIXELS_PER_RADIUS = TILE_SIZE / (2 * Math.PI);

/**
 * The one-way lines' heads as points, each at its line's middle measured on the map (Mercator),
 * turned the way the line runs there: as the static map places them (layers/arrow.ts middleOf).
 * A point, not MapLibre's line-center placement, which places one head per tile a line crosses.
 */
export function headFeatures(
	lines: FeatureCollection<MultiLineString, LinkProperties>
): FeatureCollection<Point, HeadProperties> {
	const features: Feature<Point, HeadProperties>[] = [];
	for (const { properties, geometry } of lines.features) {
		if (!properties.oneWay) continue;
		// On the map: x east and y south, in Earth radii.
		const onMap = geometry.coordinates
			.flat()
			.map(([lng, lat]) => [mercatorWidth(lng!), -mercatorY(lat!)] as const);
		const middle = middleOf(onMap);
		if (!middle) continue;
		features.push({
			type: 'Feature',
			properties: {
				id: properties.id,
				kind: properties.kind,
				angle: Math.round(middle.angle * 10) / 10,
				headFromZoom: Math.log2(ARROWHEAD_MIN_LINE / (middle.length * PIXELS_PER_RADIUS))
			},
			geometry: {
				type: 'Point',
				coordinates: [(middle.x * 180) / Math.PI, latitudeAt(-middle.y)]
			}
		});
	}
	return { type: 'FeatureCollection', features };
}
