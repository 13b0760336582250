/**
 * How each layer colours the map: a fill per country code, the codes that get the hatch (a
 * non-colour cue for uncertain or context-only facts), and the legend that explains both.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { CountrySummary } from '$lib/data/join';
import type { Engagement, ForumCoverage, Link, LinkKind } from '$lib/data/engagement';
import { isOneWay, JAPAN, LINK_KINDS, NORTH_KOREA } from '$lib/data/engagement';
import { forumRoleLabel } from '$lib/data/format';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import {
	abductionLegend,
	BLUES,
	RESPONSIBLE_COLOUR,
	responsibleEntry,
	statusColour,
	statusCrossHatched,
	statusHatched,
	type LegendEntry
} from './palette';

export interface LayerLook {
	title: string;
	fill: ExpressionSpecification;
	/** The same colours as `fill`, for the static SVG map that stands in without WebGL. */
	colourOf: (iso3: string) => string;
	hatched: string[];
	/** Of the hatched, those drawn with the second-hand hatch (lines both ways). */
	crossHatched: string[];
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

export function abductionLook(
	summaries: Iterable<CountrySummary>,
	locale: Locale = 'en'
): LayerLook {
	const list = [...summaries];
	const colours = new Map(
		list.map((s) => [s.iso3, s.iso3 === NORTH_KOREA ? RESPONSIBLE_COLOUR : statusColour(s.status)])
	);
	return {
		title: messagesFor(locale).legend.abductionTitle,
		fill: matchByCode(colours, NONE),
		colourOf: (iso3) => colours.get(iso3) ?? NONE,
		hatched: list
			.filter((s) => statusHatched(s.status))
			.map((s) => s.iso3)
			.sort(),
		crossHatched: list
			.filter((s) => statusCrossHatched(s.status))
			.map((s) => s.iso3)
			.sort(),
		// What the map draws, no more: at an early date no country yet has a status that rests on
		// a later event (the United States' single case), and its row goes too.
		legend: abductionLegend(locale).filter(
			(entry) =>
				entry.key === 'none' ||
				entry.key === 'responsible' ||
				list.some((s) => s.iso3 !== NORTH_KOREA && s.status === entry.key)
		)
	};
}

export const JAPAN_COLOUR = '#1b7837';
/** ColorBrewer Blues: how many dated events name a country. */
const ENGAGEMENT_STEPS = [1, 3, 6] as const;
const ENGAGEMENT_COLOURS = [NONE, ...BLUES] as const;

/** The colour of the last step a count reaches (a count of 3 is in the 3–5 step). */
export function engagementColour(total: number): string {
	return ENGAGEMENT_COLOURS[ENGAGEMENT_STEPS.filter((step) => total >= step).length]!;
}

export function engagementLook(
	engagement: ReadonlyMap<string, Engagement>,
	locale: Locale = 'en'
): LayerLook {
	const t = messagesFor(locale).legend;
	const colours = new Map<string, string>();
	for (const [iso3, e] of engagement) colours.set(iso3, engagementColour(e.total));
	colours.set(JAPAN, JAPAN_COLOUR);
	colours.set(NORTH_KOREA, RESPONSIBLE_COLOUR);
	const [one, three, six] = ENGAGEMENT_STEPS;
	return {
		// Says what is counted: every dated event that names a country, whoever acted in it.
		title: t.engagementTitle,
		fill: matchByCode(colours, NONE),
		colourOf: (iso3) => colours.get(iso3) ?? NONE,
		hatched: [],
		crossHatched: [],
		legend: [
			{ key: 'japan', label: t.japan, colour: JAPAN_COLOUR, hatched: false },
			{
				key: 'many',
				label: t.orMore(six),
				colour: engagementColour(six),
				hatched: false
			},
			{
				key: 'some',
				label: t.range(three, six - 1),
				colour: engagementColour(three),
				hatched: false
			},
			{
				key: 'few',
				label: t.either(one, three - 1),
				colour: engagementColour(one),
				hatched: false
			},
			{ key: 'none', label: t.none, colour: NONE, hatched: false },
			responsibleEntry(locale)
		]
	};
}

export const FORUM_COLOUR = '#01665e';
export const FORUM_CONTEXT_COLOUR = '#80cdc1';
/** Hosts and participants: named by the document, but not members, so not the members' colour. */
export const FORUM_NON_MEMBER_COLOUR = '#5ab4ac';

type CoverageEntry = ForumCoverage['members'][number];

/** One legend line per way a country can stand to a forum, in this order. */
const FORUM_ENTRIES: { key: string; matches: (m: CoverageEntry) => boolean; colour: string }[] = [
	{
		key: 'document',
		matches: (m) => (m.role === 'member' || m.role === 'named') && m.basis === 'document',
		colour: FORUM_COLOUR
	},
	{ key: 'participant', matches: (m) => m.role === 'participant', colour: FORUM_NON_MEMBER_COLOUR },
	{ key: 'host', matches: (m) => m.role === 'host', colour: FORUM_NON_MEMBER_COLOUR },
	{ key: 'context', matches: (m) => m.basis === 'context', colour: FORUM_CONTEXT_COLOUR }
];

export function forumLook(coverage: ForumCoverage, locale: Locale = 'en'): LayerLook {
	// North Korea keeps its own colour on every forum: it is the state responsible, whatever its role.
	const named = coverage.members.filter((m) => m.iso3 !== NORTH_KOREA);
	const entryOf = (m: CoverageEntry) => FORUM_ENTRIES.find((e) => e.matches(m))!;
	const colours = new Map(named.map((m) => [m.iso3, entryOf(m).colour]));
	colours.set(NORTH_KOREA, RESPONSIBLE_COLOUR);
	const shown = FORUM_ENTRIES.flatMap((entry) => {
		const member = named.find((m) => entryOf(m) === entry);
		return member
			? [
					{
						key: entry.key,
						label: forumRoleLabel(member, locale),
						colour: entry.colour,
						hatched: member.basis === 'context'
					}
				]
			: [];
	});
	return {
		title: coverage.group.name,
		fill: matchByCode(colours, NONE),
		colourOf: (iso3) => colours.get(iso3) ?? NONE,
		hatched: named
			.filter((m) => m.basis === 'context')
			.map((m) => m.iso3)
			.sort(),
		crossHatched: [],
		legend: [
			...shown,
			responsibleEntry(locale),
			// Not "not involved": the document names few of a body's members (every UN member sits in
			// the General Assembly), and that says nothing of the others.
			{ key: 'none', label: messagesFor(locale).legend.noOther, colour: NONE, hatched: false }
		]
	};
}

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
export const LINK_COLOUR: Record<LinkKind, string> = {
	summit: '#0072b2',
	ministerial: '#56b4e9',
	visit: '#009e73',
	resolution: '#cc79a7',
	legislative: '#e69f00',
	agreement: '#7f7f7f',
	'raised-with-dprk': '#d55e00'
};

/** The head's key: in a neutral ink, since a head takes its line's colour. */
export const ONE_WAY_KEY_COLOUR = '#444444';

export function linkLegend(links: readonly Link[], locale: Locale = 'en'): LegendEntry[] {
	const t = messagesFor(locale);
	const kinds = new Set(links.map((l) => l.kind));
	// In the order that picks a line's colour among its events' kinds (linksOf), so a line takes
	// the colour of the first of its kinds in the key.
	const kindEntries: LegendEntry[] = LINK_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({
		key: `link-${kind}`,
		label: kind === 'raised-with-dprk' ? t.legend.raisedDashed : t.kind[kind],
		colour: LINK_COLOUR[kind],
		hatched: false,
		line: kind === 'raised-with-dprk' ? 'dashed' : 'solid'
	}));
	// What a line's head means, once a line of the view has one (link-lines.ts).
	const oneWay = links.some(isOneWay);
	return oneWay
		? [
				...kindEntries,
				{
					key: 'link-one-way',
					label: t.legend.oneWay,
					colour: ONE_WAY_KEY_COLOUR,
					hatched: false,
					line: 'arrow'
				}
			]
		: kindEntries;
}
