import { STEPS } from '$lib/present/steps';
import { handoutMap } from '$lib/server/handout';

export const load = () => ({ maps: STEPS.map(handoutMap) });
