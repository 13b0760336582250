/** Plain-words labels for dates, forums, kinds and sections, shared by every view. */
import type { DocEvent, EventKind } from './schema';
import type { RecurringForum } from './vocabulary';
import type { ForumRole } from './engagement';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** `2013-03` -> `March 2013`; `2007-09-27` -> `27 September 2007`: no more precise than the source. */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-');
	const monthName = MONTHS[Number(month) - 1] ?? '';
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A date the document does not give says so: the reader must not take our inference for its word. */
export function formatEventDate(event: Pick<DocEvent, 'date' | 'dateEnd' | 'dateBasis'>): string {
	const when = event.dateEnd
		? `between ${formatDate(event.date)} and ${formatDate(event.dateEnd)}`
		: formatDate(event.date);
	return event.dateBasis === 'inferred' ? `Undated in the document; our inference: ${when}` : when;
}

export const FORUM_LABEL: Record<RecurringForum, string> = {
	un: 'United Nations',
	'six-party': 'Six-Party Talks',
	multilateral: 'Multilateral',
	bilateral: 'Bilateral and trilateral',
	'us-congress': 'US Congress',
	'every-forum': 'Every diplomatic opportunity'
};

export const KIND_LABEL: Record<EventKind, string> = {
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
};

export function sectionLabel(section: string): string {
	if (section === 'intro') return 'introduction';
	if (section === 'us-congress') return 'section on the US Congress resolution';
	return `section ${section}`;
}

/** How a country stands to a forum on the map, in words, for its legend and tooltip. */
export function forumRoleLabel(member: { basis: 'document' | 'context'; role: ForumRole }): string {
	if (member.role === 'host') return 'Hosts its office (named by the document)';
	if (member.role === 'participant') return 'Takes part, not a member (named by the document)';
	return member.basis === 'context'
		? 'Member (context, not in the document)'
		: 'Named by the document';
}

/** Said beside a group in a country's panel when the country stands to it without being a member. */
export const NON_MEMBER_NOTE = {
	host: 'hosts its office, not a member',
	participant: 'takes part, not a member'
} as const;
