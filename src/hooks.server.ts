import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { NOT_FOUND } from '$lib/not-found';
import { withFirstPaintWorld } from '$lib/server/first-paint';

/**
 * 404.html, which static hosts (and `npm start`) serve for unknown addresses, is SvelteKit's empty
 * page shell: with JavaScript it draws the "Page not found" page (+error.svelte). Without
 * JavaScript it would be blank, so the shell carries the same message and links in <noscript>.
 */
function notFoundWithoutScript(): string {
	const { heading, lead, example, links } = NOT_FOUND;
	const items = links.map((l) => `<li><a href="${base}${l.path}">${l.label}</a></li>`).join('');
	return (
		'<noscript><div style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">' +
		`<h1>${heading}</h1>` +
		`<p>${lead} <a href="${base}${example.path}">${example.path}</a> for ${example.name}.</p>` +
		`<ul>${items}</ul></div></noscript>`
	);
}

const BODY = '<div style="display: contents">';

export const handle: Handle = ({ event, resolve }) => {
	// SvelteKit renders the shell by requesting this path while it builds.
	if (event.url.pathname !== '/[fallback]')
		return resolve(event, {
			// The map pages' world is written into their HTML here, so its paths never reach the
			// scripts (see first-paint.ts).
			transformPageChunk: ({ html }) => withFirstPaintWorld(html, base)
		});
	return resolve(event, {
		// The shell has no <title> of its own; a page without one is not valid HTML.
		transformPageChunk: ({ html }) =>
			html
				.replace('</head>', `<title>${NOT_FOUND.title}</title></head>`)
				.replace(BODY, BODY + notFoundWithoutScript())
	});
};
