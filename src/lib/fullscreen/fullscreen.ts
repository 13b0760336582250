/**
 * Full screen on the map page: F (or the button) toggles it, Escape leaves it. Browsers leave full
 * screen on Escape by themselves; taking the key here too keeps it from also closing the country.
 */
import { EXPLORER_KEYS, keyAction, type KeyPress } from '$lib/keys';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';

export type FullscreenAction = 'enter' | 'leave';

export function fullscreenKeyAction(
	press: KeyPress,
	isFullscreen: boolean
): FullscreenAction | null {
	if (press.key === 'Escape') return isFullscreen ? 'leave' : null;
	// Typing an F in the search field is not a request for full screen.
	if (!keyAction(EXPLORER_KEYS, press)) return null;
	return isFullscreen ? 'leave' : 'enter';
}

/** The button says what pressing it will do. */
export function fullscreenLabel(isFullscreen: boolean, locale: Locale = 'en'): string {
	const words = messagesFor(locale).fullscreen;
	return isFullscreen ? words.leave : words.enter;
}

type FullscreenDocument = Pick<Document, 'fullscreenElement' | 'exitFullscreen'>;

/**
 * Leaves full screen, or shows `target` full screen: the map page's map and panel, or a whole
 * classroom slide. A browser that refuses (no user gesture, an older iPhone) leaves the page as it is.
 */
export function toggleFullscreen(
	doc: FullscreenDocument,
	target: Partial<Pick<Element, 'requestFullscreen'>> | undefined
): void {
	if (doc.fullscreenElement) doc.exitFullscreen().catch(() => {});
	else target?.requestFullscreen?.().catch(() => {});
}
