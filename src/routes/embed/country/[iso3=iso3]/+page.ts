import { error } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import type { EntryGenerator, PageLoad } from './$types';

/** Every country of the dataset has an embed page, as it has a page on the map. */
export const entries: EntryGenerator = () =>
	dataset.countries.map((c) => ({ iso3: c.iso3.toLowerCase() }));

export const load: PageLoad = ({ params }) => {
	const country = dataset.countries.find((c) => c.iso3 === params.iso3.toUpperCase());
	if (!country) error(404, 'There is no country with that code in this dataset.');
	return { name: country.name };
};
