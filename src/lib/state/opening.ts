/**
 * The first lines of the world view's panel: they follow the map, so each layer opens with its own
 * words and, once the timeline has a date, with that date and the latest event by then.
 */
import type { DocEvent } from '$lib/data/schema';
import { isUndated, type ForumCoverage } from '$lib/data/engagement';
import { byDate } from '$lib/data/join';
import { formatDate } from '$lib/data/format';
import { forumLedeParts } from '$lib/data/lede';
import type { ExplorerView } from './view';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';

export interface Opening {
	heading: string;
	lede: string;
	/** Where the lede's facts come from, when one section says them. */
	section?: string;
	/** Set while the timeline has a date: what the map shows up to, and the newest event by then. */
	moment?: { label: string; latest: DocEvent | undefined; count: number; undated: number };
}

export function panelOpening(
	view: ExplorerView,
	events: readonly DocEvent[],
	forum: ForumCoverage | undefined,
	locale: Locale = 'en',
	/** A country's name in the page's language, for the forum's lede. */
	nameOf: (iso3: string) => string = (iso3) => iso3
): Opening {
	const t = messagesFor(locale).explorer;
	const shown = forum ? forum.events : events;
	const moment = view.until
		? {
				label: t.upTo(formatDate(view.until, locale)),
				latest: [...shown].sort(byDate).at(-1),
				count: shown.length,
				undated: shown.filter(isUndated).length
			}
		: undefined;
	if (view.layer === 'forums' && forum) {
		const parts = forumLedeParts(forum);
		return {
			heading: forum.group.name,
			lede: t.forumLede(
				forum.group.summary,
				parts.named.map(nameOf),
				parts.context.length,
				parts.unsaid
			),
			section: forum.group.section,
			moment
		};
	}
	if (view.layer === 'engagement') {
		return { heading: t.headingEngagement, lede: t.ledeEngagement, moment };
	}
	return {
		heading: t.headingAbductions,
		lede: t.ledeAbductions,
		moment
	};
}
