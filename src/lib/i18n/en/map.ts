/** English: the world map, its legend, tooltips, country panel, timeline and search. */
import type { AbductionStatus, EventKind, RecurringForum } from '$lib/data/vocabulary';
import type { Layer } from '$lib/state/view';
import type { Unsaid } from '$lib/data/lede';
import type { MapFailure } from '$lib/map/live/phase';
import { listFormat, pluralRules } from '../intl';

const plural = pluralRules('en');
const joinAnd = listFormat('en-GB');

/**
 * Events naming a country, dated ones and ones the document places only in a span, never
 * counted together as dated: "2 dated events and 1 undated event".
 */
export const eventCounts = (dated: number, undated: number) =>
	[
		dated || !undated
			? `${dated} ${plural(dated, { one: 'dated event', other: 'dated events' })}`
			: '',
		undated
			? `${undated} ${plural(undated, { one: 'undated event', other: 'undated events' })}`
			: ''
	]
		.filter(Boolean)
		.join(' and ');

export const enMap = {
	explorer: {
		title: 'World map',
		description:
			"Whose nationals were, or may have been, abducted by North Korea, and the countries and forums in Japan's efforts to resolve the issue, mapped from the Ministry of Foreign Affairs of Japan's page of 28 December 2018.",
		countryDescription: (name: string) =>
			`What the Ministry of Foreign Affairs of Japan's page of 28 December 2018 says about ${name}.`,
		panel: 'Details',
		factsCue: (name: string) => `What the document says about ${name}`,
		headingAbductions: 'Whose nationals were, or may have been, abducted',
		headingEngagement: 'How many of the document’s events name each country',
		ledeAbductions:
			'Japan’s Foreign Ministry calls abductions by North Korea a violation of human rights that concerns many countries. The map shades whose nationals the document says were, or may have been, abducted; select a country for everything the document says about it.',
		ledeEngagement:
			'Each country is shaded by how many of the document’s events name it, whoever acted in them: Japan, a UN body, the US Congress or another country. An event the document does not date counts once the span it must lie in has passed. Each line runs from the country that acted to the one it concerned (from Japan to those it met, from the US Congress to the governments it named), and the arrowhead at its middle points that way; a line with no arrowhead joins two countries that both acted. Where the events joining two countries are of several kinds, the line takes the colour of the first of them in the key, and pointing at it lists each event with its kind. A dashed line joins a country that raised the issue with North Korea itself.',
		/** Written from the group's data (forumLedeParts): named, context, and what is left unsaid. */
		forumLede: (summary: string, named: readonly string[], context: number, unsaid: Unsaid) =>
			[
				summary,
				named.length
					? `On the map, the document itself names ${joinAnd(named)} for it.`
					: 'The map colours no country for it on the document’s word.',
				context
					? `${context} other ${context === 1 ? 'country is a member' : 'countries are members'} from outside the document, shown as context (hatched).`
					: '',
				{
					others:
						'The document does not say which other states took part, and the map colours none.',
					members: 'The document does not list its members.',
					// The sentence before has said the document names them.
					nothing: ''
				}[unsaid]
			]
				.filter(Boolean)
				.join(' '),
		upTo: (date: string) => `Up to ${date}`,
		momentCount: (n: number, undated: number) =>
			`${n} ${plural(n, { one: 'event', other: 'events' })}${undated ? ` (${undated} of them undated in the document, counted once its span has passed)` : ''}.`,
		latest: 'Latest:',
		nationals: 'Nationalities that were, or may have been, abducted',
		events: 'Events',
		forumEvents: (forum: string) => `${forum}: events`,
		eventsUntil: (date: string) => ` up to ${date}`,
		eventsWhole: ' in the document',
		nothingYet: 'Nothing in the document had happened by then.',
		otherCountries: 'Other countries in the document',
		counts: 'Resolutions and meetings, year after year',
		asOf: (date: string) => `(As of ${date}.)`,
		contextCountries: 'Members of the G7, ASEAN and the EU',
		contextNote:
			'The document names these groups, not their members; membership in 2018 is added as context.',
		tablesLink: 'All countries and events as sortable tables',
		data: 'Data:'
	},
	caption: {
		label: 'Abductee nationalities in the document',
		/** At a date on the timeline: what the map shows then, not what the document said then. */
		leadUntil: (n: number, date: string) =>
			`Up to ${date} the map shows ${n} countries’ nationals as abducted or possibly so; only the US case is dated, so the rest show at every date.`,
		lead: (n: number) =>
			`The document names nationals of ${n} countries as abducted or possibly abducted, and reports, second-hand, that other nationals were taken too.`
	},
	status: {
		confirmed: 'Abducted (stated)',
		possible: 'May have been abducted (returnees’ testimony)',
		reported: 'Said to have been abducted (second-hand)',
		'single-case': 'One citizen possibly abducted (per a House resolution)',
		none: 'No abductions named'
	} satisfies Record<AbductionStatus, string>,
	layers: {
		legend: 'Map layer',
		forum: 'Forum',
		name: {
			abductions: 'Abductee nationalities',
			engagement: 'Events by country',
			forums: 'Forums'
		} satisfies Record<Layer, string>
	},
	legend: {
		hide: 'Hide',
		show: 'Show',
		theLegend: ' the legend',
		hatched: ' (hatched)',
		crossHatched: ' (cross-hatched)',
		responsible: 'North Korea (the state responsible)',
		abductionTitle: 'Abductee nationalities',
		engagementTitle: 'Events naming each country, whoever acted',
		/** Japan is in its own colour on the events layer, whatever its count. */
		japan: 'Japan (not shaded by count)',
		orMore: (n: number) => `${n} or more events`,
		range: (from: number, to: number) => `${from} to ${to} events`,
		either: (a: number, b: number) => `${a} or ${b} events`,
		none: 'None',
		noOther: 'No other country named',
		raisedDashed: 'Raised with North Korea (dashed)',
		oneWay: 'Arrow: from the side that acted, to the one it met or named'
	},
	tooltip: {
		/** Events naming a country: dated ones, and ones the document places only in a span. */
		events: eventCounts,
		noEvent: 'No event names it',
		responsible: 'The state responsible for the abductions',
		notNamed: 'The document names no other countries for this forum',
		namedIn: (dated: number, undated: number) => `Named in ${eventCounts(dated, undated)} here`,
		notInDocument: 'Not mentioned in the document',
		role: {
			'coi-visit': 'Visited by the Commission of Inquiry',
			resolution: 'A resolution concerns it',
			institution: 'The UN office is set up there',
			report: 'Named in its report',
			legislative: 'Named in the Congress resolution',
			speech: 'Spoke there',
			'raised-with-dprk': 'Raised the issue with North Korea'
		} satisfies Partial<Record<EventKind, string>>,
		coTabled: 'Co-tabled the resolutions, with the EU',
		tookPart: 'Took part'
	},
	forumRole: {
		host: 'Hosts its office (named by the document)',
		participant: 'Takes part, not a member (named by the document)',
		context: 'Member (context, not in the document)',
		named: 'Named by the document',
		hostNote: 'hosts its office, not a member',
		participantNote: 'takes part, not a member'
	},
	forum: {
		un: 'United Nations',
		'six-party': 'Six-Party Talks',
		multilateral: 'Multilateral',
		bilateral: 'Bilateral and trilateral',
		'us-congress': 'US Congress',
		'every-forum': 'Every diplomatic opportunity'
	} satisfies Record<RecurringForum, string>,
	kind: {
		resolution: 'Resolution',
		'coi-visit': 'Commission of Inquiry visit',
		report: 'Report',
		institution: 'UN mechanism',
		meeting: 'Meeting',
		summit: 'Summit',
		ministerial: 'Ministerial meeting',
		visit: 'Visit',
		'raised-with-dprk': 'Raised with North Korea',
		agreement: 'Outcome document',
		legislative: 'Congressional step',
		speech: 'Speech',
		raised: 'Raised by Japan'
	} satisfies Record<EventKind, string>,
	country: {
		close: (name: string) => `Close ${name} and return to the world map`,
		abductions: 'Abductions',
		notNamed: (name: string) =>
			`The document does not name ${name} among the countries whose nationals were or may have been abducted.`,
		eventsNaming: (name: string) => `Events naming ${name}`,
		hiddenLater: (date: string, n: number) =>
			`Showing events up to ${date}; ${n} later ${plural(n, { one: 'event is', other: 'events are' })} hidden by the timeline.`,
		noEvent: (name: string) => `No event in the document names ${name} directly.`,
		noEventUntil: (name: string, date: string) => `No event up to ${date} names ${name} directly.`,
		/** Beside a status whose basis, a dated event, comes after the timeline's date. */
		basisLater: (date: string) =>
			`The document's basis for this dates from ${date}, after the timeline's date, so the map does not mark it at this date.`,
		ongoing: 'Ongoing engagement',
		heldIn: (name: string) => `Held in ${name}`,
		groups: 'Groups',
		groupEvents: 'Events of its groups',
		/** Why events that do not name the country are on its page: its groups, or a body that visited it. */
		groupEventsNote: (name: string, roles: readonly ('member' | 'visited')[]) =>
			`These events involve ${
				roles.includes('member')
					? `a group ${name} belongs to${roles.includes('visited') ? ' or a UN body that visited it' : ''}`
					: `a UN body that visited ${name}`
			}; the document does not name ${name} itself.`,
		related: 'Related countries',
		where: (name: string) => `Where ${name} lies in the world`
	},
	timeline: {
		play: 'Play',
		pause: 'Pause',
		label: 'Timeline: show what had happened by',
		whole: 'Whole document, to Dec 2018',
		upTo: (date: string) => `Up to ${date}`
	},
	search: {
		label: 'Find a country',
		placeholder: 'Name or abbreviation, e.g. ROK',
		matching: 'Matching countries',
		none: (query: string) => `No country in the data matches “${query}”`,
		group: (name: string) =>
			`${name} is a group of countries, not one country: the map layer Forums shows it.`,
		count: (n: number) => `${n} ${plural(n, { one: 'country matches', other: 'countries match' })}`,
		/** Enter on a word that names more than one country: which one? */
		which: (query: string) =>
			`“${query}” names more than one country: choose one with the arrow keys, then Enter.`
	},
	map: {
		enterOpens: (name: string, lines: readonly string[]) =>
			`${name}: ${lines.join(', ')}. Enter opens it.`,
		/** The kind as the legend names it: lowercased, "North Korea" and "UN" would not read. */
		linkDetail: (date: string, title: string, kind: string) => `${date}: ${title} (${kind})`,
		/** Other lines lying where the pointer is on one: named, so none hides under another. */
		linesHereToo: (titles: readonly string[]) => `Lines here too: ${joinAnd(titles)}`,
		/** Names short enough for a phone's world, where the full one would reach America. */
		shortNames: true,
		label:
			'World map. Arrow keys move between the countries named in the document, Enter opens one, plus and minus zoom.',
		loading: 'Loading the map…',
		slow: 'The interactive map is taking a long time to start on this computer.',
		useStatic: 'Show a static map instead',
		staticFailed: (message: string) => `The static map could not load either (${message}).`,
		unavailable: (reason: MapFailure) =>
			`The interactive map is unavailable here (${
				{
					slow: 'it was slow to start',
					webgl: 'this browser cannot draw its graphics: WebGL 2 is off or missing',
					error: 'it failed to start'
				}[reason]
			}); this is a static map of the same data.`,
		staticLabel: (title: string) => `Static world map: ${title}`,
		/** MapLibre's own words: its zoom buttons and the two-finger hint, by its keys. */
		engine: {
			'NavigationControl.ZoomIn': 'Zoom in',
			'NavigationControl.ZoomOut': 'Zoom out',
			'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
			'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
			'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map'
		},
		/** The world drawn in the page's HTML: its accessible name on the current layer. */
		worldLabel: (layerTitle: string) => `World map: ${layerTitle}`,
		/** A country's link on that world: its name, then what its tooltip says on the layer. */
		countryLink: (name: string, lines: readonly string[]) => [name, ...lines].join('. ')
	},
	fullscreen: {
		enter: 'Full screen',
		leave: 'Leave full screen',
		keyHint: '(F)'
	}
};
