// Each classroom step as a picture to download (SVG, or drawn to PNG in the browser): the step's
// frame and names, as on the handout, with its headline, legend and the source, at build time.
import { error } from '@sveltejs/kit';
import { dataset } from '$lib/data/dataset';
import { handoutLabelsSvg } from '$lib/present/handout';
import { stepLook } from '$lib/present/look';
import { STEPS } from '$lib/present/steps';
import { stepSources } from '$lib/present/text';
import { handoutMap } from '$lib/server/handout';
import { composePicture } from '$lib/share/compose';
import { EXPORT_WIDTH } from '$lib/share/download';
import { sourceLine } from '$lib/share/view-picture';
import { PICTURE_WORDS, SITE_NAME } from '$lib/share/words';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => STEPS.map((_, i) => ({ step: String(i + 1) }));

export const GET: RequestHandler = ({ params }) => {
	const number = Number(params.step);
	const step = STEPS[number - 1];
	if (!step) error(404, 'There is no such step in the classroom walk.');
	const map = handoutMap(step);
	const look = stepLook(step, dataset);
	const { markup } = composePicture(
		{
			kicker: SITE_NAME,
			title: step.headline,
			subtitle: `${PICTURE_WORDS.step(number, STEPS.length)} · ${stepSources(step)}`,
			world: map,
			colourOf: look.colourOf,
			hatched: look.hatched,
			crossHatched: look.crossHatched,
			overlay: handoutLabelsSvg(map),
			legendTitle: look.title,
			legend: look.legend,
			source: sourceLine(dataset.document)
		},
		{ width: EXPORT_WIDTH }
	);
	return new Response(markup, { headers: { 'content-type': 'image/svg+xml' } });
};
