/** From a view (layer, forum, date) to what the map draws: one place for the explorer and the classroom. */
import type { Dataset } from '$lib/data/schema';
import { countrySummaries } from '$lib/data/join';
import { engagementByCountry, eventsUntil, forumCoverage, linksOf } from '$lib/data/engagement';
import { abductionLook, engagementLook, forumLook, linkLegend } from '$lib/map/looks';
import type { ExplorerView } from './view';

export function drawnLayers(dataset: Dataset, view: ExplorerView) {
	const events = eventsUntil(dataset.events, view.until);
	const engagement = engagementByCountry(events);
	const links = view.layer === 'engagement' ? linksOf(events) : null;
	const forum =
		view.layer === 'forums' ? forumCoverage(dataset, view.forum, events, view.until) : undefined;
	const look = forum
		? forumLook(forum)
		: view.layer === 'engagement'
			? engagementLook(engagement)
			: abductionLook(countrySummaries(dataset).values());
	const legend = links ? [...look.legend, ...linkLegend(links)] : look.legend;
	return { events, engagement, links, forum, look, legend };
}
