// Each classroom step as a 16:9 picture for a presentation (960x540, a 1920x1080 PNG in the
// browser), at build time; /ja/export/slide/N.svg is the Japanese slide's, linked by
// StepExport.svelte so that the build finds it.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeOfAddress } from '$lib/i18n/paths';
import { STEPS } from '$lib/present/steps';
import { stepPicture } from '$lib/server/step-picture';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => STEPS.map((_, i) => ({ step: String(i + 1) }));

export const GET: RequestHandler = ({ params, url }) => {
	const markup = stepPicture(Number(params.step), localeOfAddress(url.pathname, base), 'slide');
	if (!markup) error(404, 'There is no such step in the classroom walk.');
	return new Response(markup, { headers: { 'content-type': 'image/svg+xml' } });
};
