// Each handout sheet's map as an SVG picture, drawn at build time: the page stays light, and the
// printer gets the picture exactly as drawn. /ja/present/handout/N.svg names the countries in
// Japanese.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { handoutMapSvg } from '$lib/present/handout-svg';
import { stepLook } from '$lib/present/step-look';
import { STEPS, stepsFor } from '$lib/present/steps';
import { handoutMap } from '$lib/server/handout-maps';
import { dataFor } from '$lib/i18n/data';
import { localeOfAddress } from '$lib/i18n/paths';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => STEPS.map((_, i) => ({ step: String(i + 1) }));

export const GET: RequestHandler = ({ params, url }) => {
	const locale = localeOfAddress(url.pathname, base);
	const step = stepsFor(locale)[Number(params.step) - 1];
	if (!step) error(404, 'There is no such step in the classroom walk.');
	const markup = handoutMapSvg(handoutMap(step, locale), stepLook(step, dataFor(locale).dataset));
	return new Response(markup, { headers: { 'content-type': 'image/svg+xml' } });
};
