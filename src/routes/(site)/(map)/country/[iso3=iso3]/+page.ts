import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { dataset } from '$lib/data/dataset';
import { dataFor } from '$lib/i18n/data';
import { localeOfAddress } from '$lib/i18n/paths';
import { profileOf } from '$lib/data/join';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	dataset.countries.map((c) => ({ iso3: c.iso3.toLowerCase() }));

export const load: PageLoad = async ({ params, url, parent }) => {
	// The root layout loads the page's language first.
	await parent();
	const local = dataFor(localeOfAddress(url.pathname, base)).dataset;
	const profile = profileOf(local, params.iso3.toUpperCase());
	if (!profile) error(404, 'There is no country with that code in this dataset.');
	return { profile };
};
