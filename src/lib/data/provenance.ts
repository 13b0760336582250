/**
 * Where the data comes from and on what terms it may be reused, said the same way by every page,
 * download and picture: the document (publisher, title, date, where to find it), the dataset's
 * version and licence, the day the site was built, and the dashboard to credit.
 */
import type { SourceDocument } from './schema';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import { formatDate } from './format';

/**
 * The day the site was built (`YYYY-MM-DD`, UTC), fixed by vite.config.ts: SOURCE_DATE_EPOCH when
 * set (reproducible builds), otherwise the day of the build. Pure functions take it as an argument.
 */
declare const __BUILD_DATE__: string;
export const BUILD_DATE: string = typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : '';

export interface Provenance {
	source: { publisher: string; title: string; date: string; whereToFind: string };
	version: string;
	/** `YYYY-MM-DD`. */
	buildDate: string;
	licence: { name: string; title: string; path: string };
	/** The dashboard to credit: its name in the reader's language. */
	credit: string;
}

export function provenanceOf(
	document: SourceDocument,
	buildDate: string,
	locale: Locale = 'en'
): Provenance {
	return {
		source: {
			publisher: document.publisher,
			title: document.title,
			date: document.date,
			whereToFind: document.whereToFind
		},
		version: document.release.version,
		buildDate,
		licence: document.release.licence,
		credit: messagesFor(locale).site.title
	};
}

/** One line for a picture's foot or a page's: source, version, build date, licence and credit. */
export function provenanceLine(provenance: Provenance, locale: Locale = 'en'): string {
	const { source } = provenance;
	return messagesFor(locale).provenance.line({
		publisher: source.publisher,
		title: source.title,
		date: formatDate(source.date, locale),
		version: provenance.version,
		built: formatDate(provenance.buildDate, locale),
		licence: provenance.licence.title,
		credit: provenance.credit
	});
}
