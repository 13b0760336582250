/**
 * What the site's frame does in the browser on a page that ships without the app's script (the
 * tables, the about page, the document's outline): the language links keep the view, the twins'
 * addresses are made full, the offline copy is registered and offers its update, and the page
 * says when it answers. The rest of such a
 * page is its prerendered HTML, plus the tables' own script where there are tables.
 */
import { afterStart, watchForUpdates } from '$lib/offline/register';
import { startTables } from './tables';

/** The language links lead to the same view in the other language: the address's query too. */
function keepLanguageLinksInStep(): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switch a[hreflang]')) {
		const twin = new URL(link.href);
		twin.search = location.search;
		link.href = twin.href;
	}
}

/** The page's twins for search engines, as full addresses, as the app's pages give them. */
function fullTwinAddresses(): void {
	for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]'))
		link.setAttribute('href', link.href);
}

/** The offline copy, as UpdatePrompt.svelte registers it on the app's pages, and its prompt. */
function keepOffline(base: string): void {
	if (!('serviceWorker' in navigator)) return;
	const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
	afterStart(() => {
		const watch = watchForUpdates(`${base}/service-worker.js`, () => {
			if (prompt) prompt.hidden = false;
		});
		prompt?.querySelector('button')?.addEventListener('click', () => watch.reload());
	});
}

/** `page`: the page's marked root, whose data-base is the site's base path. */
export function startPlainPage(page: HTMLElement): void {
	keepLanguageLinksInStep();
	fullTwinAddresses();
	keepOffline(page.dataset.base ?? '');
	if (page.querySelector('[data-table]')) startTables(page, keepLanguageLinksInStep);
	// From here every control answers (the bench and the tests wait on it, as on the app's pages).
	performance.mark('page:interactive');
}
