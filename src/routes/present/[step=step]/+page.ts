import { error } from '@sveltejs/kit';
import { STEPS } from '$lib/present/steps';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => STEPS.map((_, i) => ({ step: String(i + 1) }));

export const load: PageLoad = ({ params }) => {
	const number = Number(params.step);
	const step = STEPS[number - 1];
	if (!step) error(404, 'There is no such step in the classroom walk.');
	return { step, number, total: STEPS.length };
};
