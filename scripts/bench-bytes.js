// What a first visit costs on the wire (`npm run bench -- --bytes`): for each page, the gzip bytes
// of every response asked for until the page marks itself interactive plus 1.5 s, with no
// interaction, by kind, and how many world geometries came with them.

/** The pages a first visit starts on. */
export const BYTES_PAGES = ['/', '/country/kor', '/present/1', '/table', '/about'];

/** After page:interactive, how long a reader looks before doing anything. */
const SETTLE_MS = 1500;

function kindOf(path) {
	if (/\.m?js$/.test(path)) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (path.startsWith('/geo/')) return 'geometry';
	if (path.endsWith('/') || !/\.[a-z0-9]+$/i.test(path) || path.endsWith('.html')) return 'html';
	return 'other';
}

/** One page's first visit in a fresh context at 1280x800. */
export async function measureBytes(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const responses = [];
	page.on('response', async (response) => {
		const headers = await response.allHeaders().catch(() => ({}));
		responses.push({
			path: new URL(response.url()).pathname,
			bytes: Number(headers['content-length'] ?? 0),
			at: Date.now()
		});
	});
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(
		() => performance.getEntriesByName('page:interactive').length > 0,
		null,
		{ timeout: 60_000 }
	);
	const cutoff = Date.now() + SETTLE_MS;
	await page.waitForTimeout(SETTLE_MS);
	await context.close();
	const counted = responses.filter((r) => r.at <= cutoff);
	const byKind = { html: 0, js: 0, css: 0, geometry: 0, other: 0 };
	for (const r of counted) byKind[kindOf(r.path)] += r.bytes;
	return {
		requests: counted.length,
		bytes: counted.reduce((sum, r) => sum + r.bytes, 0),
		...byKind,
		geometries: counted.filter((r) => kindOf(r.path) === 'geometry').length,
		files: counted.map((r) => `${r.path} ${r.bytes}`)
	};
}
