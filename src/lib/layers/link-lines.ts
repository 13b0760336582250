/**
 * The engagement layer's lines as the static world and the pictures draw them: each link's path
 * from the table drawn at build time (server/world.ts, served as /export/links.json), coloured by
 * its kind and dashed when raised with North Korea, as the live map draws it (live/links.ts).
 */
import type { Link } from '$lib/data/engagement';
import { LINK_COLOUR } from './looks';

export interface LinkLine {
	/** The path in the static world's units. */
	d: string;
	colour: string;
	dashed: boolean;
	/** The link's name in the table of paths (linkKey). */
	key: string;
}

/** A line's name in the table of paths: the pair's codes, sorted. */
export function linkKey(link: Pick<Link, 'from' | 'to'>): string {
	return [link.from, link.to].sort().join('-');
}

/** The view's links as lines, from the table of paths; a link missing from it is left out. */
export function linkLines(
	links: readonly Link[],
	paths: Readonly<Record<string, string>>
): LinkLine[] {
	return links.flatMap((link) => {
		const key = linkKey(link);
		const d = paths[key];
		return d
			? [{ d, colour: LINK_COLOUR[link.kind], dashed: link.kind === 'raised-with-dprk', key }]
			: [];
	});
}

/**
 * A line's attributes on the static world, in the page's HTML and from its script alike: 2 px
 * wide and dashed in screen pixels at every scale the world is shown at.
 */
export function linkLineAttributes(line: LinkLine): Record<string, string> {
	return {
		'data-link': line.key,
		d: line.d,
		fill: 'none',
		stroke: line.colour,
		'stroke-width': '2',
		'stroke-linecap': 'round',
		'vector-effect': 'non-scaling-stroke',
		...(line.dashed ? { 'stroke-dasharray': '6 4' } : {})
	};
}
