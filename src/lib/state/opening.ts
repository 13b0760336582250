/**
 * The first lines of the world view's panel: they follow the map, so each layer opens with its own
 * words and, once the timeline has a date, with that date and the latest event by then.
 */
import type { DocEvent } from '$lib/data/schema';
import type { ForumCoverage } from '$lib/data/engagement';
import { byDate } from '$lib/data/join';
import { formatDate } from '$lib/data/format';
import type { ExplorerView } from './view';

export interface Opening {
	heading: string;
	lede: string;
	/** Where the lede's facts come from, when one section says them. */
	section?: string;
	/** Set while the timeline has a date: what the map shows up to, and the newest event by then. */
	moment?: { label: string; latest: DocEvent | undefined; count: number };
}

const LEDE = {
	abductions:
		'Japan’s Foreign Ministry calls abductions by North Korea a violation of human rights that concerns many countries. The map shades whose nationals the document says were, or may have been, abducted; select a country for everything the document says about it.',
	engagement:
		'Each country is shaded by how many dated events of the document name it. Each line runs from the country that acted to the one it concerned (from Japan to those it met, from the US Congress to the governments it named); a dashed line joins a country that raised the issue with North Korea itself.'
};

export function panelOpening(
	view: ExplorerView,
	events: readonly DocEvent[],
	forum: ForumCoverage | undefined
): Opening {
	const shown = forum ? forum.events : events;
	const moment = view.until
		? {
				label: `Up to ${formatDate(view.until)}`,
				latest: [...shown].sort(byDate).at(-1),
				count: shown.length
			}
		: undefined;
	if (view.layer === 'forums' && forum) {
		return {
			heading: forum.group.name,
			lede: `${forum.group.summary} The map colours the countries the document names for it; it names no others.`,
			section: forum.group.section,
			moment
		};
	}
	if (view.layer === 'engagement') {
		return { heading: 'Whom Japan engaged, and how often', lede: LEDE.engagement, moment };
	}
	return {
		heading: 'Whose nationals were taken, and whom Japan asked for help',
		lede: LEDE.abductions,
		moment
	};
}
