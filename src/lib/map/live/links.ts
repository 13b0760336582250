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

export interface LinkProperties {
	id: string;
	kind: Link['kind'];
	/** "Japan → Russia" when one side acted in all its events, "Japan – United States" when both did. */
	label: string;
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
		features.push({
			type: 'Feature',
			properties: {
				id: `${link.from}-${link.to}`,
				kind: link.kind,
				label: `${nameOf(link.from)} ${link.actedBy.length === 1 ? '→' : '–'} ${nameOf(link.to)}`,
				detail: link.events.map((e) =>
					t.map.linkDetail(formatDate(e.date, locale), e.title, t.kind[e.kind])
				)
			},
			geometry: {
				type: 'MultiLineString',
				coordinates: greatCircle(from, to).map((line) => {
					const placed = shiftLine(line, intoFrame(from[0]));
					return underCeiling(placed, ceilingOf(placed));
				})
			}
		});
	}
	return { type: 'FeatureCollection', features };
}
