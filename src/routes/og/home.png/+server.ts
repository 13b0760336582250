// The home page's link preview: the default layer, drawn at build time in the address's language
// (/og/home.png, /ja/og/home.png, /ko/og/home.png: the pages in each language link their own).
import { base } from '$app/paths';
import { localeOfAddress } from '$lib/i18n/paths';
import { layerPreview, pngResponse, previewPng } from '$lib/server/preview';
import { DEFAULT_VIEW } from '$lib/state/view';
import type { RequestHandler } from './$types';

export const prerender = true;
export const GET: RequestHandler = ({ url }) =>
	pngResponse(
		previewPng(layerPreview(DEFAULT_VIEW.layer, null, localeOfAddress(url.pathname, base)))
	);
