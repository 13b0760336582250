/**
 * The "Cite" line: the document, this dashboard (the credit) with the data's version and licence,
 * the view and the day it was read.
 */
import { formatDate } from '$lib/data/format';
import type { SourceDocument } from '$lib/data/schema';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';

/** `YYYY-MM-DD` of a moment in the reader's own calendar (not UTC: "accessed" is their day). */
export function localDay(moment: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

export function citation(
	document: SourceDocument,
	url: string,
	accessed: string,
	locale: Locale = 'en'
): string {
	return messagesFor(locale).citation.text({
		publisher: document.publisher,
		title: document.title,
		date: formatDate(document.date, locale),
		url,
		accessed: formatDate(accessed, locale),
		version: document.release.version,
		licence: document.release.licence.title
	});
}
