import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';
import { withoutLocale } from '$lib/i18n/locale';

/**
 * Japanese pages live under /ja/ without copies of the route files: /ja/country/kor is served by
 * the route of /country/kor, and the page reads its language from the address (page.url).
 */
export const reroute: Reroute = ({ url }) => {
	if (!url.pathname.startsWith(base)) return;
	const inside = url.pathname.slice(base.length) || '/';
	const neutral = withoutLocale(inside);
	if (neutral === inside) return;
	return base + (neutral === '/' && base ? '' : neutral);
};
