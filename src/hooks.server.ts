import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { LOCALES } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import { localeOfAddress, localHref } from '$lib/i18n/paths';
import { NOT_FOUND } from '$lib/not-found';
import { withFirstPaintWorld } from '$lib/server/first-paint';
import { withPlainPageScript } from '$lib/server/plain-page';
import '$lib/server/locales';

/**
 * 404.html, which static hosts (and `npm start`) serve for unknown addresses, is SvelteKit's empty
 * page shell: with JavaScript it draws the "Page not found" page (+error.svelte), in the language
 * of the address. Without JavaScript it would be blank, so the shell carries the same message and
 * links in <noscript>, in both languages (one file serves every address).
 */
function notFoundWithoutScript(): string {
	const parts = LOCALES.map((locale) => {
		const t = messagesFor(locale).notFound;
		const link = (path: string) => localHref(path, locale, base);
		const [examplePath, exampleTail] = t.example(NOT_FOUND.example.path, t.exampleName);
		const items = NOT_FOUND.links
			.map((l) => `<li><a href="${link(l.path)}">${t[l.label]}</a></li>`)
			.join('');
		return (
			`<div lang="${locale}"><h1>${t.heading}</h1>` +
			`<p>${t.lead} <a href="${link(examplePath)}">${examplePath}</a>${exampleTail}</p>` +
			`<ul>${items}</ul></div>`
		);
	});
	return (
		'<noscript><div style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">' +
		parts.join('') +
		'</div></noscript>'
	);
}

const BODY = '<div style="display: contents">';
const NOT_FOUND_TITLE = messagesFor('en').site.pageTitle(messagesFor('en').notFound.title);
const HTML_LANG = '<html lang="en"';

export const handle: Handle = ({ event, resolve }) => {
	// SvelteKit renders the shell by requesting this path while it builds.
	if (event.url.pathname !== '/[fallback]') {
		// app.html says English; a page under /ja/ says Japanese (the client keeps it in step).
		const locale = localeOfAddress(event.url.pathname, base);
		return resolve(event, {
			// The map pages' world is written into their HTML here, so its paths never reach the
			// scripts (see first-paint.ts).
			transformPageChunk: ({ html }) =>
				withPlainPageScript(withFirstPaintWorld(html, base, locale, event.url.pathname)).replace(
					HTML_LANG,
					`<html lang="${locale}"`
				)
		});
	}
	return resolve(event, {
		// The shell has no <title> of its own; a page without one is not valid HTML.
		transformPageChunk: ({ html }) =>
			html
				.replace('</head>', `<title>${NOT_FOUND_TITLE}</title></head>`)
				.replace(BODY, BODY + notFoundWithoutScript())
	});
};
