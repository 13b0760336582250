/**
 * The lines of the engagement layer as GeoJSON: great-circle arcs between countries' label points,
 * each in one piece and placed in the world frame, so none wraps round the map's edge.
 */
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import type { Link } from '$lib/data/engagement';
import { formatDate } from '$lib/data/format';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import type { Position } from 'geojson';
import { greatCircle, LINE_CEILING, shiftLine, underCeiling } from '$lib/geo/arcs';
import { intoFrame } from '../camera/frame';
import { mercatorWidth, mercatorY } from '../camera/mercator';
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
