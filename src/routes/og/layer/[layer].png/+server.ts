// Each layer's link preview, drawn at build time; /ja/og/layer/x.png is its Japanese twin.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeOfAddress } from '$lib/i18n/paths';
import { layerPreview, pngResponse, previewPng } from '$lib/server/preview-images';
import { LAYERS, type Layer } from '$lib/state/view';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => LAYERS.map((layer) => ({ layer }));

export const GET: RequestHandler = ({ params, url }) => {
	if (!(LAYERS as readonly string[]).includes(params.layer)) error(404, 'No such layer.');
	const locale = localeOfAddress(url.pathname, base);
	return pngResponse(previewPng(layerPreview(params.layer as Layer, null, locale)));
};
