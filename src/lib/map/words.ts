/**
 * The map's own words that are not data, in English; both languages are in
 * $lib/i18n/messages.ts (map), read with currentMessages() or messagesFor(locale).
 */
import { en } from '$lib/i18n/messages';

export const MAP_WORDS = en.map;
