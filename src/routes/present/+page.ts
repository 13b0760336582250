import { redirect } from '@sveltejs/kit';
import { base } from '$app/paths';

// /present starts the walk at its first step.
export const load = () => redirect(307, `${base}/present/1`);
