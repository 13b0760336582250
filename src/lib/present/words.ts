/**
 * The classroom pages' own words that are not part of a step, in English; both languages are in
 * $lib/i18n/messages.ts (classroom), read with currentMessages().
 */
import { en } from '$lib/i18n/messages';

export const CLASSROOM_WORDS = en.classroom;
