/**
 * The words of the pages served without the app's script (About, the document's outline, the
 * tables), in every language. Only the server reads them, when it draws those pages, so they need
 * no loading: no page's script imports this module (vite.config.ts keeps it out of the app's
 * chunk). A language missing here is a type error, as in its catalog.
 */
import { enPlain } from '$lib/i18n/en/plain';
import { jaPlain } from '$lib/i18n/ja/plain';
import { koPlain } from '$lib/i18n/ko/plain';
import type { Locale } from '$lib/i18n/locale';
import type { PlainMessages } from '$lib/i18n/types';

const PLAIN: Record<Locale, PlainMessages> = { en: enPlain, ja: jaPlain, ko: koPlain };

export function plainWordsFor(locale: Locale): PlainMessages {
	return PLAIN[locale];
}
