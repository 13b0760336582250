import { error } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { profileOf } from '$lib/data/join';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	dataset.countries.map((c) => ({ iso3: c.iso3.toLowerCase() }));

export const load: PageLoad = ({ params }) => {
	const profile = profileOf(dataset, params.iso3.toUpperCase());
	if (!profile) error(404, 'There is no country with that code in this dataset.');
	return { profile };
};
