/**
 * The engagement layer's lines as the static world and the pictures draw them: each link's path
 * from the table drawn at build time (server/world.ts, served as /export/links.json), coloured by
 * its kind and dashed when raised with North Korea, as the live map draws it (live/links.ts).
 */
import { isOneWay, type Link } from '$lib/data/engagement';
import { arrowAt, arrowShown, arrowTransform, ARROWHEAD_PATH, type Arrow } from './arrow';
import { LINK_COLOUR } from './looks';

/** A line's path in the table of paths: drawn from the country `from`, to the pair's other. */
export interface LinePath {
	from: string;
	d: string;
}

export interface LinkLine {
	/** The path in the static world's units. */
	d: string;
	colour: string;
	dashed: boolean;
	/** The link's name in the table of paths (linkKey). */
	key: string;
	/** The country the path starts at. */
	from: string;
	/** Where a one-way line arrives (the country one side acted towards); none when both acted. */
	arrow?: Arrow;
}

/** A line's name in the table of paths: the pair's codes, sorted. */
export function linkKey(link: Pick<Link, 'from' | 'to'>): string {
	return [link.from, link.to].sort().join('-');
}

/** The view's links as lines, from the table of paths; a link missing from it is left out. */
export function linkLines(
	links: readonly Link[],
	paths: Readonly<Record<string, LinePath>>
): LinkLine[] {
	return links.flatMap((link) => {
		const key = linkKey(link);
		const path = paths[key];
		if (!path) return [];
		const { d, from } = path;
		const arrow = isOneWay(link) ? arrowAt(d, link.to === from) : undefined;
		const dashed = link.kind === 'raised-with-dprk';
		return [{ d, colour: LINK_COLOUR[link.kind], dashed, key, from, ...(arrow && { arrow }) }];
	});
}

/**
 * The white casing under every line, on the static world, the live map and pictures alike: this
 * many pixels either side of it, nearly opaque.
 */
export const CASING_PX = 1.5;
export const CASING_OPACITY = 0.9;
export const CASING_COLOUR = `rgba(255, 255, 255, ${CASING_OPACITY})`;

/**
 * A line's casing on the static world, drawn under all the lines: a line stays a line over a
 * dark country (the navy United States) and where lines meet.
 */
export function linkCasingAttributes(line: LinkLine): Record<string, string> {
	return {
		'data-casing': line.key,
		d: line.d,
		fill: 'none',
		stroke: '#ffffff',
		'stroke-opacity': String(CASING_OPACITY),
		'stroke-width': String(2 + 2 * CASING_PX),
		'stroke-linecap': 'round',
		'vector-effect': 'non-scaling-stroke'
	};
}

/**
 * A line's attributes on the static world, in the page's HTML and from its script alike: 2 px
 * wide and dashed in screen pixels at every scale the world is shown at.
 */
export function linkLineAttributes(line: LinkLine): Record<string, string> {
	return {
		'data-link': line.key,
		'data-from': line.from,
		d: line.d,
		fill: 'none',
		stroke: line.colour,
		'stroke-width': '2',
		'stroke-linecap': 'round',
		'vector-effect': 'non-scaling-stroke',
		...(line.dashed ? { 'stroke-dasharray': '6 4' } : {})
	};
}

/**
 * A one-way line's head, `unitsPerPixel` of the world's units a screen pixel (the page's script
 * sets it again for each scale: scaleWorld); none on a line both sides acted on. A thin light rim
 * keeps it apart from a dark country under it.
 */
export function arrowheadAttributes(
	line: LinkLine,
	unitsPerPixel = 1
): Record<string, string> | undefined {
	const { arrow } = line;
	if (!arrow) return undefined;
	return {
		'data-head': line.key,
		'data-head-at': `${arrow.x} ${arrow.y} ${arrow.angle} ${arrow.length}`,
		d: ARROWHEAD_PATH,
		transform: arrowTransform(arrow, unitsPerPixel),
		fill: line.colour,
		stroke: '#ffffff',
		'stroke-width': '1',
		'stroke-linejoin': 'round',
		'vector-effect': 'non-scaling-stroke',
		...(arrowShown(arrow, 1 / unitsPerPixel) ? {} : { display: 'none' })
	};
}
