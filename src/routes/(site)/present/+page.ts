import { redirect } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { localeOfAddress, localHref } from '$lib/i18n/paths';

// /present (and /ja/present) starts the walk at its first step, in the same language. In the
// browser that is a redirect; the prerendered page is a real HTML document (title, doctype) that
// sends the reader on by itself (+page.svelte).
export const load = ({ url }) => {
	if (browser) redirect(307, localHref('/present/1', localeOfAddress(url.pathname, base), base));
};
