/**
 * Every language registered at once, for what runs only on the server and draws every language
 * at build time (link previews, step pictures, the handout, the data files, the 404 shell). The
 * browser loads one language at a time instead (see $lib/i18n/catalogs).
 */
import { registerCatalog } from '$lib/i18n/catalogs';
import { catalog as ja } from '$lib/i18n/ja/catalog';
import { catalog as ko } from '$lib/i18n/ko/catalog';

registerCatalog('ja', ja);
registerCatalog('ko', ko);
