import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { dataset } from '$lib/data/dataset';
import { dataFor } from '$lib/i18n/data';
import { localeOfAddress } from '$lib/i18n/paths';
import type { EntryGenerator, PageLoad } from './$types';

/** Every country of the dataset has an embed page, as it has a page on the map. */
export const entries: EntryGenerator = () =>
	dataset.countries.map((c) => ({ iso3: c.iso3.toLowerCase() }));

export const load: PageLoad = async ({ params, url, parent }) => {
	// The root layout loads the page's language first.
	await parent();
	const local = dataFor(localeOfAddress(url.pathname, base)).dataset;
	const country = local.countries.find((c) => c.iso3 === params.iso3.toUpperCase());
	if (!country) error(404, 'There is no country with that code in this dataset.');
	return { name: country.name };
};
