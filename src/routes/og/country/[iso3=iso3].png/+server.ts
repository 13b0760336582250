// Each country page's link preview: the country outlined on the abductee layer, at build time;
// /ja/og/country/x.png is its Japanese twin.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeOfAddress } from '$lib/i18n/paths';
import { dataset } from '$lib/data/dataset';
import { layerPreview, pngResponse, previewPng } from '$lib/server/preview-images';
import { DEFAULT_VIEW } from '$lib/state/view';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	dataset.countries.map((c) => ({ iso3: c.iso3.toLowerCase() }));

export const GET: RequestHandler = ({ params, url }) => {
	const iso3 = params.iso3.toUpperCase();
	if (!dataset.countries.some((c) => c.iso3 === iso3)) error(404, 'No such country.');
	const locale = localeOfAddress(url.pathname, base);
	return pngResponse(previewPng(layerPreview(DEFAULT_VIEW.layer, iso3, locale)));
};
