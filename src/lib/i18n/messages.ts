/**
 * Every word of the interface, one typed catalog per language: `en/` and `ja/`, each split by area
 * (site, map, classroom, share), with their shape in `types.ts`. The data's own words (titles,
 * summaries, names) live beside the data. A new language is one more catalog folder, one line
 * here, and its data overlay.
 *
 * Typed plain TypeScript rather than Paraglide: a few hundred words, and no build step or plugin
 * to fetch; the types give the same guarantee.
 */
import type { Locale } from './locale';
import type { Messages } from './types';
import { en } from './en';
import { ja } from './ja';

export type { Messages };
export { en, ja };

const BY_LOCALE: Record<Locale, Messages> = { en, ja };

export function messagesFor(locale: Locale): Messages {
	return BY_LOCALE[locale];
}
