/**
 * From a view (layer, forum, date) to what the map draws and what its tooltip says: one place
 * for the explorer and the classroom.
 */
import type { Dataset, DocEvent, EventKind } from '$lib/data/schema';
import type { CountrySummary } from '$lib/data/join';
import {
	engagementByCountry,
	eventsUntil,
	forumCoverage,
	JAPAN,
	linksOf,
	NORTH_KOREA,
	type Engagement,
	type ForumCoverage,
	type Link
} from '$lib/data/engagement';
import { forumRoleLabel, KIND_LABEL } from '$lib/data/format';
import type { ExplorerView } from '$lib/state/view';
import { abductionLook, engagementLook, forumLook, linkLegend, type LayerLook } from './looks';
import { STATUS_LABEL, type LegendEntry } from './palette';

export interface DrawnLayers {
	/** The events that had happened by the view's date. */
	events: DocEvent[];
	engagement: Map<string, Engagement>;
	/** Lines to draw (the engagement layer), or null to draw none. */
	links: Link[] | null;
	/** The chosen forum's countries and events, on the forums layer. */
	forum: ForumCoverage | undefined;
	look: LayerLook;
	legend: LegendEntry[];
	/** The lines a tooltip shows under a dataset country's name on this layer. */
	describe: (iso3: string) => string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Abductions layer: the country's status and how many dated events name it. */
export function abductionLines(summary: CountrySummary): string[] {
	return [STATUS_LABEL[summary.status], plural(summary.eventCount, 'dated event')];
}

/** Engagement layer: how many dated events (up to the timeline's date) name it, by kind. */
export function engagementLines(engagement: Engagement | undefined): string[] {
	if (!engagement) return ['No dated event names it'];
	const kinds = Object.entries(engagement.byKind).map(
		([kind, n]) => `${KIND_LABEL[kind as keyof typeof KIND_LABEL]}: ${n}`
	);
	return [plural(engagement.total, 'dated event'), ...kinds];
}

export const RESPONSIBLE_LINE = 'The state responsible for the abductions';
export const NOT_NAMED_LINE = 'The document names no other countries for this forum';

/** A country's part in an event of a forum, as the event's kind tells it. */
const ROLE: Partial<Record<EventKind, string>> = {
	'coi-visit': 'Visited by the Commission of Inquiry',
	resolution: 'A resolution concerns it',
	institution: 'The UN office is set up there',
	report: 'Named in its report',
	legislative: 'Named in the Congress resolution',
	speech: 'Spoke there',
	'raised-with-dprk': 'Raised the issue with North Korea'
};

function roleIn(event: DocEvent, iso3: string): string {
	// The document has Japan co-table these resolutions with the EU (section 1(a)).
	if (event.kind === 'resolution' && iso3 === JAPAN && event.groups.includes('eu'))
		return 'Co-tabled the resolutions, with the EU';
	return ROLE[event.kind] ?? 'Took part';
}

/**
 * Forums layer: what the document names the country for in the forum (who tabled, who was
 * visited, who took part), or how it stands to the forum (member, host, participant) and on
 * whose word, in the legend's words. Of every other country it
 * says only that the document names no others: never that a country took no part.
 */
export function forumLines(forum: ForumCoverage | undefined, iso3: string): string[] {
	const named = forum?.events.filter((e) => e.countries.includes(iso3)) ?? [];
	if (named.length) {
		const roles = [...new Set(named.map((e) => roleIn(e, iso3)))];
		return [...roles, `Named in ${plural(named.length, 'dated event')} here`];
	}
	const member = forum?.members.find((m) => m.iso3 === iso3);
	if (member) return [forumRoleLabel(member)];
	return iso3 === NORTH_KOREA ? [] : [NOT_NAMED_LINE];
}

export function drawnLayers(
	dataset: Dataset,
	summaries: ReadonlyMap<string, CountrySummary>,
	view: ExplorerView
): DrawnLayers {
	const events = eventsUntil(dataset.events, view.until);
	const engagement = engagementByCountry(events);
	const links = view.layer === 'engagement' ? linksOf(events) : null;
	const forum =
		view.layer === 'forums' ? forumCoverage(dataset, view.forum, events, view.until) : undefined;
	const look = forum
		? forumLook(forum)
		: view.layer === 'engagement'
			? engagementLook(engagement)
			: abductionLook(summaries.values());
	const legend = links ? [...look.legend, ...linkLegend(links)] : look.legend;
	const layerLines = (iso3: string): string[] => {
		if (view.layer === 'abductions') return abductionLines(summaries.get(iso3)!);
		if (view.layer === 'engagement') return engagementLines(engagement.get(iso3));
		return forumLines(forum, iso3);
	};
	// North Korea's tooltip says first, on every layer, that it is the state responsible.
	const describe = (iso3: string): string[] =>
		iso3 === NORTH_KOREA
			? [RESPONSIBLE_LINE, ...layerLines(iso3).filter((line) => line !== STATUS_LABEL.none)]
			: layerLines(iso3);
	return { events, engagement, links, forum, look, legend, describe };
}
