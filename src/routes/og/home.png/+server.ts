// The home page's link preview: the default layer, drawn at build time.
import { layerPreview, pngResponse, previewPng } from '$lib/server/preview';
import { DEFAULT_VIEW } from '$lib/state/view';

export const prerender = true;
export const GET = () => pngResponse(previewPng(layerPreview(DEFAULT_VIEW.layer)));
