/**
 * How each layer colours the map: a fill per country code, the codes that get the hatch (a
 * non-colour cue for uncertain or context-only facts), and the legend that explains both.
 */
import { scaleThreshold } from 'd3-scale';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { CountrySummary } from '$lib/data/join';
import type { Engagement, ForumCoverage, Link, LinkKind } from '$lib/data/engagement';
import { JAPAN, NORTH_KOREA } from '$lib/data/engagement';
import { KIND_LABEL } from '$lib/data/format';
import {
	abductionLegend,
	RESPONSIBLE_COLOUR,
	RESPONSIBLE_ENTRY,
	statusColour,
	statusHatched,
	type LegendEntry
} from './palette';

export interface LayerLook {
	title: string;
	fill: ExpressionSpecification;
	/** The same colours as `fill`, for the static SVG map that stands in without WebGL. */
	colourOf: (iso3: string) => string;
	hatched: string[];
	legend: LegendEntry[];
}

const NONE = statusColour('none');

/** `match` on the ISO code, grouping codes that share a colour (MapLibre rejects repeated labels). */
export function matchByCode(
	colourOf: ReadonlyMap<string, string>,
	fallback: string
): ExpressionSpecification {
	const byColour = new Map<string, string[]>();
	for (const [code, colour] of colourOf) {
		if (colour !== fallback) byColour.set(colour, [...(byColour.get(colour) ?? []), code]);
	}
	if (byColour.size === 0) return ['literal', fallback] as unknown as ExpressionSpecification;
	const branches = [...byColour].flatMap(([colour, codes]) => [codes.sort(), colour]);
	return ['match', ['get', 'iso3'], ...branches, fallback] as unknown as ExpressionSpecification;
}

export function abductionLook(summaries: Iterable<CountrySummary>): LayerLook {
	const list = [...summaries];
	const colours = new Map(
		list.map((s) => [s.iso3, s.iso3 === NORTH_KOREA ? RESPONSIBLE_COLOUR : statusColour(s.status)])
	);
	return {
		title: 'Abductee nationalities',
		fill: matchByCode(colours, NONE),
		colourOf: (iso3) => colours.get(iso3) ?? NONE,
		hatched: list
			.filter((s) => statusHatched(s.status))
			.map((s) => s.iso3)
			.sort(),
		legend: abductionLegend()
	};
}

export const JAPAN_COLOUR = '#1b7837';
/** ColorBrewer Blues: how many dated events name a country. */
export const engagementColour = scaleThreshold<number, string>()
	.domain([1, 3, 6])
	.range([NONE, '#bdd7e7', '#6baed6', '#2171b5']);

export function engagementLook(engagement: ReadonlyMap<string, Engagement>): LayerLook {
	const colours = new Map<string, string>();
	for (const [iso3, e] of engagement) colours.set(iso3, engagementColour(e.total));
	colours.set(JAPAN, JAPAN_COLOUR);
	colours.set(NORTH_KOREA, RESPONSIBLE_COLOUR);
	const [one, three, six] = engagementColour.domain() as [number, number, number];
	return {
		title: 'Japan’s engagement: dated events naming each country',
		fill: matchByCode(colours, NONE),
		colourOf: (iso3) => colours.get(iso3) ?? NONE,
		hatched: [],
		legend: [
			{ key: 'japan', label: 'Japan', colour: JAPAN_COLOUR, hatched: false },
			{
				key: 'many',
				label: `${six} or more events`,
				colour: engagementColour(six),
				hatched: false
			},
			{
				key: 'some',
				label: `${three} to ${six - 1} events`,
				colour: engagementColour(three),
				hatched: false
			},
			{
				key: 'few',
				label: `${one} or ${three - 1} events`,
				colour: engagementColour(one),
				hatched: false
			},
			{ key: 'none', label: 'None', colour: NONE, hatched: false },
			RESPONSIBLE_ENTRY
		]
	};
}

export const FORUM_COLOUR = '#01665e';
export const FORUM_CONTEXT_COLOUR = '#80cdc1';

export function forumLook(coverage: ForumCoverage): LayerLook {
	const colours = new Map(
		coverage.members.map((m) => [
			m.iso3,
			m.basis === 'document' ? FORUM_COLOUR : FORUM_CONTEXT_COLOUR
		])
	);
	colours.set(NORTH_KOREA, RESPONSIBLE_COLOUR);
	const shown = coverage.members.filter((m) => m.iso3 !== NORTH_KOREA);
	const hasContext = shown.some((m) => m.basis === 'context');
	const hasDocument = shown.some((m) => m.basis === 'document');
	return {
		title: coverage.group.name,
		fill: matchByCode(colours, NONE),
		colourOf: (iso3) => colours.get(iso3) ?? NONE,
		hatched: shown
			.filter((m) => m.basis === 'context')
			.map((m) => m.iso3)
			.sort(),
		legend: [
			...(hasDocument
				? [
						{
							key: 'document',
							label: 'Named by the document',
							colour: FORUM_COLOUR,
							hatched: false
						}
					]
				: []),
			...(hasContext
				? [
						{
							key: 'context',
							label: 'Member (context, not in the document)',
							colour: FORUM_CONTEXT_COLOUR,
							hatched: true
						}
					]
				: []),
			RESPONSIBLE_ENTRY,
			// The document lists no one else; that says nothing about whether they took part.
			{ key: 'none', label: 'No other country named', colour: NONE, hatched: false }
		]
	};
}

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
export const LINK_COLOUR: Record<LinkKind, string> = {
	summit: '#0072b2',
	ministerial: '#56b4e9',
	'coi-visit': '#009e73',
	resolution: '#cc79a7',
	legislative: '#e69f00',
	agreement: '#7f7f7f',
	'raised-with-dprk': '#d55e00'
};

export function linkLegend(links: readonly Link[]): LegendEntry[] {
	const kinds = new Set(links.map((l) => l.kind));
	return (Object.keys(LINK_COLOUR) as LinkKind[])
		.filter((kind) => kinds.has(kind))
		.map((kind) => ({
			key: `link-${kind}`,
			label: kind === 'raised-with-dprk' ? 'Raised with North Korea (dashed)' : KIND_LABEL[kind],
			colour: LINK_COLOUR[kind],
			hatched: false,
			line: kind === 'raised-with-dprk' ? 'dashed' : 'solid'
		}));
}
