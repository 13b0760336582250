/**
 * The size budget: the gzip bytes of the JS, CSS and geometry that `/` loads, against the committed
 * size-budget.json: the JS it reads before it answers (`firstJs`), and everything once the live
 * map has started. Bytes are deterministic, so this can fail CI; times are for `npm run bench`.
 * After an intended growth, update the budget file in the same commit and say why.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { waitForMap } from './helpers';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as {
	tolerance: number;
	gzipBytes: Record<'firstJs' | 'js' | 'css' | 'geometry' | 'html', number>;
};

type Kind = Exclude<keyof typeof budget.gzipBytes, 'firstJs'>;

const gzipSizeOf = (path: string) =>
	gzipSync(readFileSync(join('build', path === '/' ? '/index.html' : decodeURIComponent(path))))
		.length;

function kindOf(path: string): Kind | null {
	// The page itself: it carries the world the map shows at first paint.
	if (path === '/') return 'html';
	if (/\.m?js$/.test(path)) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (path.startsWith('/geo/')) return 'geometry';
	return null;
}

test('what / loads stays within the size budget', async ({ page }) => {
	const paths = new Set<string>();
	page.on('requestfinished', (request) => paths.add(new URL(request.url()).pathname));
	await page.goto('/');
	// What the page reads before it answers: the scripts asked for before it marks itself
	// interactive. The live map's code comes only when it starts, the names' worker just after.
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	const askedBeforeAnswering = await page.evaluate(() => {
		const answered = performance.getEntriesByName('page:interactive')[0]!.startTime;
		return performance
			.getEntriesByType('resource')
			.filter((entry) => entry.startTime < answered)
			.map((entry) => new URL(entry.name).pathname);
	});
	const firstJs = askedBeforeAnswering
		.filter((path) => kindOf(path) === 'js')
		.reduce((sum, path) => sum + gzipSizeOf(path), 0);
	await waitForMap(page);
	const totals: Record<Kind, number> = { js: 0, css: 0, geometry: 0, html: 0 };
	const files: string[] = [];
	for (const path of paths) {
		const kind = kindOf(path);
		if (!kind) continue;
		const size = gzipSizeOf(path);
		totals[kind] += size;
		files.push(`${kind} ${path} ${size}`);
	}
	expect(totals.js, 'no JavaScript was loaded: is the map broken?').toBeGreaterThan(0);
	expect(totals.geometry, 'no geometry was loaded').toBeGreaterThan(0);
	expect(totals.js, 'the live map loaded no code of its own').toBeGreaterThan(firstJs);
	const measured = { firstJs, ...totals };
	const over = (Object.keys(measured) as (keyof typeof measured)[])
		.filter((kind) => measured[kind] > budget.gzipBytes[kind] * (1 + budget.tolerance))
		.map(
			(kind) =>
				`${kind} grew to ${measured[kind]} gzip bytes, over the budget of ${budget.gzipBytes[kind]} (+${Math.round(budget.tolerance * 100)}%)`
		);
	expect(over, `Files loaded by /:\n${files.join('\n')}`).toEqual([]);
	console.log(`size: ${JSON.stringify(measured)}`);
});
