import { base } from '$app/paths';
import { loadLocale } from '$lib/i18n/catalogs';
import { localeOfAddress } from '$lib/i18n/paths';

// Every page is prerendered: the site is a folder of static files any host can serve.
export const prerender = true;
export const trailingSlash = 'never';

// The page's language is loaded before it renders: when prerendered, and in the browser before it
// hydrates, so a Japanese page never shows English first. English pages load no other language.
export const load = async ({ url }) => {
	await loadLocale(localeOfAddress(url.pathname, base));
};
