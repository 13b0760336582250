// The default layer as a static SVG picture in the map's own first frame: shown while the
// interactive map starts, under it, and printed instead of the canvas.
import { getFirstPaintWorld } from '$lib/server/world';
import { worldSvgMarkup } from '$lib/geo/svg';
import { abductionLook } from '$lib/layers/looks';
import { OCEAN_COLOUR } from '$lib/layers/palette';
import { summaries } from '$lib/data/dataset';

export const prerender = true;

export const GET = () => {
	const look = abductionLook(summaries.values());
	const markup = worldSvgMarkup(
		getFirstPaintWorld(),
		look.colourOf,
		look.hatched,
		OCEAN_COLOUR,
		look.crossHatched
	);
	return new Response(markup, { headers: { 'content-type': 'image/svg+xml' } });
};
