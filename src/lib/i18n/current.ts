/**
 * The language of the page being shown, read from its address, and what follows from it: its
 * messages and its links. Read inside a component's markup or $derived, these follow navigation
 * between a page and its twin.
 */
import { base } from '$app/paths';
import { page } from '$app/state';
import type { Locale } from './locale';
import { messagesFor, type Messages } from './messages';
import { localeOfAddress, localHref } from './paths';

export function currentLocale(): Locale {
	return localeOfAddress(page.url.pathname, base);
}

export function currentMessages(): Messages {
	return messagesFor(currentLocale());
}

/** A link to a page of the site in the current language (data files are not pages: use `base`). */
export function href(path: string): string {
	return localHref(path, currentLocale(), base);
}
