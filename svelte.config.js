import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** A sub-path of a static host, e.g. BASE_PATH=/abductions; empty for the host's root. */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
/** Where the static site is written; the browser tests build a base-path variant beside build/. */
const out = process.env.BUILD_DIR ?? 'build';
/**
 * The site's public address, when the build is told it: link previews then carry absolute
 * addresses, and the crawler must know them as its own to find each language's pictures.
 */
const site = (process.env.PUBLIC_SITE_URL ?? '').replace(/\/+$/, '');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Its working files: a second folder lets two builds run at once (scripts/build-if-stale.js).
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', strict: true }),
		paths: { base, relative: false },
		// Split, so that MapLibre loads only when the live map starts; vite.config.ts keeps what the
		// pages load at once in one chunk (twoClientChunks), so HTTP/1.1 does not queue two dozen.
		output: { bundleStrategy: 'split' },
		// The styles are written into each page rather than linked: on a busy school laptop the
		// stylesheet's own request, queued behind the scripts', held the first frame back by a
		// quarter of a second. Every stylesheet is under this size today; one over it would be linked
		// again, and the size budget (size-budget.json, css) would fail.
		inlineStyleThreshold: 24000,
		// Registered by the page (src/lib/offline/UpdatePrompt.svelte), which also offers to reload
		// when a newer build is waiting, and not by embed pages in other sites' frames.
		serviceWorker: { register: false },
		// Nothing from other origins, ever: the dashboard must work offline. Inline style attributes
		// are allowed because Svelte's style: directives and MapLibre's markers use them.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// Each language's twins are found by crawling from its home page (and from every page's
			// language switch); its world file, which no page links, is named here.
			entries: [
				'*',
				...['ja', 'ko'].flatMap((locale) => [
					`/${locale}`,
					`/${locale}/present`,
					`/${locale}/geo/world-map.svg`
				])
			],
			...(site && { origin: new URL(site).origin }),
			handleMissingId: 'fail',
			handleHttpError: 'fail'
		}
	}
};

export default config;
