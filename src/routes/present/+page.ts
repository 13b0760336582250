import { redirect } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { base } from '$app/paths';

// /present starts the walk at its first step. In the browser that is a redirect; the prerendered
// page is a real HTML document (title, doctype) that sends the reader on by itself (+page.svelte).
export const load = () => {
	if (browser) redirect(307, `${base}/present/1`);
};
