/**
 * From a view (layer, forum, date) to what the map draws and what its tooltip says: one place
 * for the explorer and the classroom.
 */
import type { Dataset, DocEvent, EventKind } from '$lib/data/schema';
import { summariesAt, type CountrySummary } from '$lib/data/join';
import {
	engagementByCountry,
	eventsUntil,
	forumCoverage,
	isUndated,
	JAPAN,
	linksOf,
	NORTH_KOREA,
	timelineMonths,
	type Engagement,
	type ForumCoverage,
	type Link
} from '$lib/data/engagement';
import { forumRoleLabel } from '$lib/data/format';
import type { Locale } from '$lib/i18n/locale';
import { en, messagesFor } from '$lib/i18n/messages';
import type { ExplorerView } from '$lib/state/view';
import { abductionLook, engagementLook, forumLook, linkLegend, type LayerLook } from './looks';
import { statusLabel, type LegendEntry } from './palette';
import { mergedKey } from './legend-room';
import { viewNamed } from '$lib/share/named';

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
	/** The countries the map names, with `selected` chosen (share/named.ts: the pictures' too). */
	named: (selected: string | null) => string[];
}

/** Abductions layer: the country's status and how many events name it, dated or not. */
export function abductionLines(summary: CountrySummary, locale: Locale = 'en'): string[] {
	return [
		statusLabel(summary.status, locale),
		messagesFor(locale).tooltip.events(
			summary.eventCount - summary.undatedCount,
			summary.undatedCount
		)
	];
}

/** Engagement layer: how many events (up to the timeline's date) name it, by kind. */
export function engagementLines(
	engagement: Engagement | undefined,
	locale: Locale = 'en'
): string[] {
	const t = messagesFor(locale);
	if (!engagement) return [t.tooltip.noEvent];
	const kinds = Object.entries(engagement.byKind).map(
		([kind, n]) => `${t.kind[kind as EventKind]}: ${n}`
	);
	return [t.tooltip.events(engagement.total - engagement.undated, engagement.undated), ...kinds];
}

export const RESPONSIBLE_LINE = en.tooltip.responsible;
export const NOT_NAMED_LINE = en.tooltip.notNamed;

/** A country's part in an event of a forum, as the event's kind tells it. */
function roleIn(event: DocEvent, iso3: string, locale: Locale): string {
	const t = messagesFor(locale).tooltip;
	// The document has Japan co-table these resolutions with the EU (section 1(a)).
	if (event.kind === 'resolution' && iso3 === JAPAN && event.groups.includes('eu'))
		return t.coTabled;
	return (t.role as Partial<Record<EventKind, string>>)[event.kind] ?? t.tookPart;
}

/**
 * Forums layer: what the document names the country for in the forum (who tabled, who was
 * visited, who took part), or how it stands to the forum (member, host, participant) and on
 * whose word, in the legend's words. Of every other country it
 * says only that the document names no others: never that a country took no part.
 */
export function forumLines(
	forum: ForumCoverage | undefined,
	iso3: string,
	locale: Locale = 'en'
): string[] {
	const t = messagesFor(locale).tooltip;
	const named = forum?.events.filter((e) => e.countries.includes(iso3)) ?? [];
	if (named.length) {
		const roles = [...new Set(named.map((e) => roleIn(e, iso3, locale)))];
		const undated = named.filter(isUndated).length;
		return [...roles, t.namedIn(named.length - undated, undated)];
	}
	const member = forum?.members.find((m) => m.iso3 === iso3);
	if (member) return [forumRoleLabel(member, locale)];
	return iso3 === NORTH_KOREA ? [] : [t.notNamed];
}

export function drawnLayers(
	dataset: Dataset,
	summaries: ReadonlyMap<string, CountrySummary>,
	view: ExplorerView,
	locale: Locale = 'en'
): DrawnLayers {
	const events = eventsUntil(dataset.events, view.until);
	const statuses = summariesAt(dataset.countries, summaries, view.until ? events : null);
	const engagement = engagementByCountry(events);
	const links = view.layer === 'engagement' ? linksOf(events) : null;
	const forum =
		view.layer === 'forums' ? forumCoverage(dataset, view.forum, events, view.until) : undefined;
	const look = forum
		? forumLook(forum, locale)
		: view.layer === 'engagement'
			? engagementLook(engagement, locale)
			: abductionLook(statuses.values(), locale);
	const legend = links ? [...look.legend, ...linkLegend(links, locale)] : look.legend;
	const layerLines = (iso3: string): string[] => {
		if (view.layer === 'abductions') return abductionLines(statuses.get(iso3)!, locale);
		if (view.layer === 'engagement') return engagementLines(engagement.get(iso3), locale);
		return forumLines(forum, iso3, locale);
	};
	const t = messagesFor(locale);
	// North Korea's tooltip says first, on every layer, that it is the state responsible.
	const describe = (iso3: string): string[] =>
		iso3 === NORTH_KOREA
			? [t.tooltip.responsible, ...layerLines(iso3).filter((line) => line !== t.status.none)]
			: layerLines(iso3);
	const named = (selected: string | null) =>
		viewNamed({ layer: view.layer, selected, summaries: statuses, links, forum });
	return { events, engagement, links, forum, look, legend, describe, named };
}

/**
 * Every entry the view's key has at any date of the timeline, the whole document's included:
 * the room a dated key keeps, so it stays one size through Play (legend-room.ts).
 */
export function keyOverTime(
	dataset: Dataset,
	summaries: ReadonlyMap<string, CountrySummary>,
	view: ExplorerView,
	locale: Locale = 'en'
): LegendEntry[] {
	const dates = [null, ...timelineMonths(dataset.events)];
	return mergedKey(
		dates.map((until) => drawnLayers(dataset, summaries, { ...view, until }, locale).legend)
	);
}
