/** Plain-words labels for dates, forums, kinds and sections, shared by every view. */
import type { DocEvent, EventKind } from './schema';
import type { RecurringForum } from './vocabulary';
import type { ForumRole } from './engagement';
import type { Locale } from '$lib/i18n/locale';
import { en, messagesFor } from '$lib/i18n/messages';

/** `2013-03` -> `March 2013` / `2013年3月`; `2007-09-27` -> `27 September 2007` / `2007年9月27日`: no more precise than the source. */
export function formatDate(date: string, locale: Locale = 'en'): string {
	const [year, month, day] = date.split('-').map(Number);
	return messagesFor(locale).date(year!, month!, day);
}

/** A date the document does not give says so: the reader must not take our inference for its word. */
export function formatEventDate(
	event: Pick<DocEvent, 'date' | 'dateEnd' | 'dateBasis'>,
	locale: Locale = 'en'
): string {
	const t = messagesFor(locale);
	const when = event.dateEnd
		? t.dateBetween(formatDate(event.date, locale), formatDate(event.dateEnd, locale))
		: formatDate(event.date, locale);
	return event.dateBasis === 'inferred' ? t.dateInferred(when) : when;
}

export const FORUM_LABEL: Record<RecurringForum, string> = en.forum;

export const KIND_LABEL: Record<EventKind, string> = en.kind;

export function sectionLabel(section: string, locale: Locale = 'en'): string {
	const t = messagesFor(locale).section;
	if (section === 'intro') return t.intro;
	if (section === 'us-congress') return t.usCongress;
	return t.numbered(section);
}

/** How a country stands to a forum on the map, in words, for its legend and tooltip. */
export function forumRoleLabel(
	member: { basis: 'document' | 'context'; role: ForumRole },
	locale: Locale = 'en'
): string {
	const t = messagesFor(locale).forumRole;
	if (member.role === 'host') return t.host;
	if (member.role === 'participant') return t.participant;
	return member.basis === 'context' ? t.context : t.named;
}

/** Said beside a group in a country's panel when the country stands to it without being a member. */
export function nonMemberNote(role: 'host' | 'participant', locale: Locale = 'en'): string {
	const t = messagesFor(locale).forumRole;
	return role === 'host' ? t.hostNote : t.participantNote;
}
