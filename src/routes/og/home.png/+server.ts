// The home page's link preview: the default layer, drawn at build time.
import { base } from '$app/paths';
import { localeOfAddress } from '$lib/i18n/paths';
import { layerPreview, pngResponse, previewPng } from '$lib/server/preview-images';
import { DEFAULT_VIEW } from '$lib/state/view';
import type { RequestHandler } from './$types';

export const prerender = true;
// /ja/og/home.png is its Japanese twin: the language comes from the address.
export const GET: RequestHandler = ({ url }) =>
	pngResponse(
		previewPng(layerPreview(DEFAULT_VIEW.layer, null, localeOfAddress(url.pathname, base)))
	);
