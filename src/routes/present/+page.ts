import { redirect } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeOfAddress, localHref } from '$lib/i18n/paths';

// /present (and /ja/present) starts the walk at its first step, in the same language.
export const load = ({ url }) =>
	redirect(307, localHref('/present/1', localeOfAddress(url.pathname, base), base));
