import { error } from '@sveltejs/kit';
import { STEPS } from '$lib/present/steps';
import { stepFrame } from '$lib/server/step-frames';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => STEPS.map((_, i) => ({ step: String(i + 1) }));

export const load: PageServerLoad = ({ params }) => {
	const number = Number(params.step);
	const step = STEPS[number - 1];
	if (!step) error(404, 'There is no such step in the classroom walk.');
	return { number, total: STEPS.length, frame: stepFrame(step) };
};
