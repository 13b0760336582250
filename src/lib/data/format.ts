/** Plain-words labels for dates, forums, kinds and sections, shared by every view. */
import type { DocEvent, EventKind, Forum } from './schema';

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

export function formatEventDate(event: Pick<DocEvent, 'date' | 'dateEnd'>): string {
	return event.dateEnd
		? `between ${formatDate(event.date)} and ${formatDate(event.dateEnd)}`
		: formatDate(event.date);
}

export const FORUM_LABEL: Record<Forum, string> = {
	un: 'United Nations',
	'six-party': 'Six-Party Talks',
	multilateral: 'Multilateral',
	bilateral: 'Bilateral and trilateral',
	'us-congress': 'US Congress'
};

export const KIND_LABEL: Record<EventKind, string> = {
	resolution: 'Resolution',
	'coi-visit': 'Commission of Inquiry visit',
	report: 'Report',
	institution: 'UN mechanism',
	meeting: 'Meeting',
	summit: 'Summit',
	ministerial: 'Ministerial meeting',
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
