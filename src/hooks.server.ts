import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';

/**
 * 404.html, which static hosts (and `npm start`) serve for unknown addresses, is SvelteKit's empty
 * page shell: with JavaScript it draws the "Page not found" page (+error.svelte). Without
 * JavaScript it would be blank, so the shell carries the same message and links in <noscript>.
 */
const notFoundWithoutScript = () =>
	'<noscript><div style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">' +
	'<h1>Page not found</h1>' +
	`<p>This address is not a page of the dashboard. Country pages use a three-letter ISO code, such as <a href="${base}/country/kor">/country/kor</a> for South Korea.</p>` +
	`<ul><li><a href="${base}/">Back to the world map</a></li>` +
	`<li><a href="${base}/table">Find a country in the table of all countries</a></li></ul>` +
	'</div></noscript>';

const BODY = '<div style="display: contents">';

export const handle: Handle = ({ event, resolve }) => {
	// SvelteKit renders the shell by requesting this path while it builds.
	if (event.url.pathname !== '/[fallback]') return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace(BODY, BODY + notFoundWithoutScript())
	});
};
