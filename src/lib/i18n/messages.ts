/**
 * Every word of the interface, one typed catalog per language: `en/` and `ja/`, each split by area
 * (site, map, classroom, share), with their shape in `types.ts`. The data's own words (titles,
 * summaries, names) live beside the data. A new language is one more catalog folder (with its
 * `catalog.ts`, loaded on demand) and one line in catalogs.ts.
 *
 * Typed plain TypeScript rather than Paraglide: a few hundred words, and no build step or plugin
 * to fetch; the types give the same guarantee.
 */
import type { Locale } from './locale';
import type { Messages } from './types';
import { en } from './en';
import { catalogOf } from './catalogs';

export type { Messages };
export { en };

/** The words of a language: English is built in, the others once loaded (catalogs.ts). */
export function messagesFor(locale: Locale): Messages {
	return locale === 'en' ? en : catalogOf(locale).messages;
}
