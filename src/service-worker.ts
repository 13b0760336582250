/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: the first visit stores the whole site (pages, scripts, styles, geometry,
 * data, handout pictures) in a cache named after this build, and every later request is answered
 * from it, network or not. A new build installs beside the old one and waits; the page offers to
 * reload (src/lib/offline/UpdatePrompt.svelte), and only then does the new build take over and the
 * old cache go. Pages and their files always come from one build, never a mix.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { cacheName, pageKeys, precacheList, staleCaches } from '$lib/offline/cache-plan';
import { SKIP_WAITING } from '$lib/offline/protocol';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const NOT_FOUND_PAGE = `${base}/404.html`;
const ASSETS = precacheList({ base, build, files, prerendered });
// Responses are stored gzip or not as the server chose; the browser decodes either.
const MATCH = { ignoreVary: true } as const;

/** A stored response must not say it was redirected: browsers refuse such a page. */
async function storable(response: Response): Promise<Response> {
	if (!response.redirected) return response;
	return new Response(await response.blob(), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers
	});
}

async function storeSite(): Promise<void> {
	const cache = await caches.open(CACHE);
	await Promise.all(
		ASSETS.map(async (path) => {
			// Revalidated, so a file the HTTP cache kept from an earlier build is not stored here.
			const response = await fetch(path, { cache: 'no-cache' });
			if (!response.ok) throw new Error(`${path}: ${response.status}`);
			await cache.put(path, await storable(response));
		})
	);
}

worker.addEventListener('install', (event) => {
	event.waitUntil(storeSite());
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const stale = staleCaches(await caches.keys(), version);
			await Promise.all(stale.map((name) => caches.delete(name)));
			// The first visit's page is served by this worker at once, so it works offline next.
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) worker.skipWaiting();
});

async function answer(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (request.mode === 'navigate') {
		for (const key of pageKeys(url.pathname, base)) {
			const page = await cache.match(key, MATCH);
			if (page) return page;
		}
	} else {
		// A page's data is asked for with SvelteKit's own query (?x-sveltekit-invalidated=…), and
		// stored without it: a page drawn in the browser offline still finds it.
		const data = url.pathname.endsWith('/__data.json');
		const file = await cache.match(request, data ? { ...MATCH, ignoreSearch: true } : MATCH);
		if (file) return file;
	}
	try {
		return await fetch(request);
	} catch (error) {
		const notFound = request.mode === 'navigate' && (await cache.match(NOT_FOUND_PAGE, MATCH));
		if (notFound) return notFound;
		throw error;
	}
}

worker.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== worker.location.origin) return;
	event.respondWith(answer(event.request, url));
});
