/**
 * The size budget: the gzip bytes of the JS, CSS and geometry that `/` loads, against the committed
 * size-budget.json. Bytes are deterministic, so this can fail CI; times are for `npm run bench`.
 * After an intended growth, update the budget file in the same commit and say why.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { waitForMap } from './helpers';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as {
	tolerance: number;
	gzipBytes: Record<'js' | 'css' | 'geometry' | 'html', number>;
};

type Kind = keyof typeof budget.gzipBytes;

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
	await waitForMap(page);
	const totals: Record<Kind, number> = { js: 0, css: 0, geometry: 0, html: 0 };
	const files: string[] = [];
	for (const path of paths) {
		const kind = kindOf(path);
		if (!kind) continue;
		const file = path === '/' ? '/index.html' : decodeURIComponent(path);
		const size = gzipSync(readFileSync(join('build', file))).length;
		totals[kind] += size;
		files.push(`${kind} ${path} ${size}`);
	}
	expect(totals.js, 'no JavaScript was loaded: is the map broken?').toBeGreaterThan(0);
	expect(totals.geometry, 'no geometry was loaded').toBeGreaterThan(0);
	const over = (Object.keys(totals) as Kind[])
		.filter((kind) => totals[kind] > budget.gzipBytes[kind] * (1 + budget.tolerance))
		.map(
			(kind) =>
				`${kind} grew to ${totals[kind]} gzip bytes, over the budget of ${budget.gzipBytes[kind]} (+${Math.round(budget.tolerance * 100)}%)`
		);
	expect(over, `Files loaded by /:\n${files.join('\n')}`).toEqual([]);
	console.log(`size: ${JSON.stringify(totals)}`);
});
