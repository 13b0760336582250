/**
 * Full screen on the map page: F (or the button) toggles it, Escape leaves it. Browsers leave full
 * screen on Escape by themselves; taking the key here too keeps it from also closing the country.
 */
import { EXPLORER_KEYS, keyAction } from '$lib/keys';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';

export type FullscreenAction = 'enter' | 'leave';

export interface FullscreenKeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** Typing an F in the search field is not a request for full screen. */
	inField: boolean;
}

export function fullscreenKeyAction(
	press: FullscreenKeyPress,
	isFullscreen: boolean
): FullscreenAction | null {
	if (press.key === 'Escape') return isFullscreen ? 'leave' : null;
	if (press.inField || !keyAction(EXPLORER_KEYS, press)) return null;
	return isFullscreen ? 'leave' : 'enter';
}

/** The button says what pressing it will do. */
export function fullscreenLabel(isFullscreen: boolean, locale: Locale = 'en'): string {
	const words = messagesFor(locale).fullscreen;
	return isFullscreen ? words.leave : words.enter;
}

/** Where typing goes: a key pressed there is text, not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
	const element = target as { closest?: (selector: string) => unknown } | null;
	return Boolean(
		element?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]')
	);
}
