/**
 * From a view (layer, forum, date) to what the map draws and what its tooltip says: one place
 * for the explorer and the classroom.
 */
import type { Dataset, DocEvent } from '$lib/data/schema';
import type { CountrySummary } from '$lib/data/join';
import {
	engagementByCountry,
	eventsUntil,
	forumCoverage,
	linksOf,
	type Engagement,
	type ForumCoverage,
	type Link
} from '$lib/data/engagement';
import { KIND_LABEL } from '$lib/data/format';
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

/** Forums layer: whether the forum includes the country, and on whose word. */
export function forumLines(forum: ForumCoverage | undefined, iso3: string): string[] {
	const member = forum?.members.find((m) => m.iso3 === iso3);
	if (!member) return [`Not involved in ${forum?.group.name}`];
	return [member.basis === 'context' ? 'Member (context)' : 'Named by the document'];
}

export function drawnLayers(
	dataset: Dataset,
	summaries: ReadonlyMap<string, CountrySummary>,
	view: ExplorerView
): DrawnLayers {
	const events = eventsUntil(dataset.events, view.until);
	const engagement = engagementByCountry(events);
	const links = view.layer === 'engagement' ? linksOf(events) : null;
	const forum = view.layer === 'forums' ? forumCoverage(dataset, view.forum, events) : undefined;
	const look = forum
		? forumLook(forum)
		: view.layer === 'engagement'
			? engagementLook(engagement)
			: abductionLook(summaries.values());
	const legend = links ? [...look.legend, ...linkLegend(links)] : look.legend;
	const describe = (iso3: string): string[] => {
		if (view.layer === 'abductions') return abductionLines(summaries.get(iso3)!);
		if (view.layer === 'engagement') return engagementLines(engagement.get(iso3));
		return forumLines(forum, iso3);
	};
	return { events, engagement, links, forum, look, legend, describe };
}
