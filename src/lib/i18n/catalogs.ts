/**
 * The languages other than English, each loaded only by the pages that show it: an English page
 * never downloads another language's words. A language is one catalog (`<locale>/catalog.ts`):
 * its interface words, its classroom's words and its data overlay, each typed against English,
 * so a missing or extra key is a type error. The words of the pages served without the app's
 * script (About, the outline, the tables) are apart: only the server reads them, for every
 * language at once ($lib/plain/words), so no page's script carries them.
 *
 * The lookups (`messagesFor`, `stepsFor`, `datasetFor`, `dataFor`) stay synchronous: they read
 * what is loaded. The root layout's load awaits `loadLocale` for the page's language, so a page
 * has its words before it renders, on the server and in the browser before it hydrates. Server
 * code that draws every language at build time registers them all ($lib/server/locales).
 */
import type { WalkWords } from '$lib/present/steps';
import type { DataOverlays } from '$lib/data/translate';
import type { Locale } from './locale';
import type { ClassroomMessages, LessonMessages, Messages } from './types';

/** A language English is not: the ones with a catalog to load. */
export type OtherLocale = Exclude<Locale, 'en'>;

/** Everything a language adds to the English site. */
export interface Catalog {
	messages: Messages;
	walk: WalkWords;
	/** The classroom's controls, presenter window and handout: the classroom alone ($lib/present/words). */
	classroom: ClassroomMessages;
	/** The lesson's words, read by the classroom alone ($lib/lesson/words). */
	lesson: LessonMessages;
	overlays: DataOverlays;
}

const loaded = new Map<OtherLocale, Catalog>();

/** Each language's catalog as its own chunk, fetched on first use. */
const LOADERS: Record<OtherLocale, () => Promise<{ catalog: Catalog }>> = {
	ja: () => import('./ja/catalog'),
	ko: () => import('./ko/catalog')
};

export function registerCatalog(locale: OtherLocale, catalog: Catalog): void {
	loaded.set(locale, catalog);
}

/** The loaded catalog of a language; asking before it is loaded is a bug, so it throws. */
export function catalogOf(locale: OtherLocale): Catalog {
	const catalog = loaded.get(locale);
	if (!catalog) throw new Error(`The '${locale}' catalog is not loaded: await loadLocale first`);
	return catalog;
}

/** Loads a language's catalog once; English is built in. */
export async function loadLocale(locale: Locale): Promise<void> {
	if (locale === 'en' || loaded.has(locale)) return;
	registerCatalog(locale, (await LOADERS[locale]()).catalog);
}
