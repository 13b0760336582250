// Each handout sheet's map as an SVG picture, drawn at build time: the page stays light, and the
// printer gets the picture exactly as drawn.
import { error } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { handoutMapSvg } from '$lib/present/handout';
import { stepLook } from '$lib/present/look';
import { STEPS } from '$lib/present/steps';
import { handoutMap } from '$lib/server/handout';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => STEPS.map((_, i) => ({ step: String(i + 1) }));

export const GET: RequestHandler = ({ params }) => {
	const step = STEPS[Number(params.step) - 1];
	if (!step) error(404, 'There is no such step in the classroom walk.');
	const markup = handoutMapSvg(handoutMap(step), stepLook(step, dataset));
	return new Response(markup, { headers: { 'content-type': 'image/svg+xml' } });
};
