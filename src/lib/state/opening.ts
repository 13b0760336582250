/**
 * The first lines of the world view's panel: they follow the map, so each layer opens with its own
 * words and, once the timeline has a date, with that date and the latest event by then.
 */
import type { DocEvent } from '$lib/data/schema';
import type { ForumCoverage } from '$lib/data/engagement';
import { byDate } from '$lib/data/join';
import { formatDate } from '$lib/data/format';
import type { ExplorerView } from './view';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';

export interface Opening {
	heading: string;
	lede: string;
	/** Where the lede's facts come from, when one section says them. */
	section?: string;
	/** Set while the timeline has a date: what the map shows up to, and the newest event by then. */
	moment?: { label: string; latest: DocEvent | undefined; count: number };
}

export function panelOpening(
	view: ExplorerView,
	events: readonly DocEvent[],
	forum: ForumCoverage | undefined,
	locale: Locale = 'en'
): Opening {
	const t = messagesFor(locale).explorer;
	const shown = forum ? forum.events : events;
	const moment = view.until
		? {
				label: t.upTo(formatDate(view.until, locale)),
				latest: [...shown].sort(byDate).at(-1),
				count: shown.length
			}
		: undefined;
	if (view.layer === 'forums' && forum) {
		return {
			heading: forum.group.name,
			lede: t.forumLede(forum.group.summary),
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
