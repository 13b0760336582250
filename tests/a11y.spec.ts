import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openReady, waitForMap } from './helpers';
import { builtPagePaths, pagesToAudit } from './built-pages';

/** Every WCAG 2.2 A and AA rule, and axe's best practices: any violation fails, whatever its impact. */
const RULE_SETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * One page of each kind the build made (the fullest of each), plus views only a query reaches.
 * Each layer's map has its own page (/layer/engagement), so the home page's query twins add nothing.
 */
const AUDITED = [
	...pagesToAudit(
		// The abductee layer's own page is the home page's layout and words, audited as /.
		builtPagePaths().filter((path) => !path.endsWith('/layer/abductions')),
		(path) => statSync(builtFile(path)).size
	),
	'/embed/country/kor?layer=engagement',
	'/no-such-page'
];

/**
 * Where axe audits the live map. Everywhere else it audits the world drawn in the page (links per
 * country, the names' buttons), which is what a reader gets first and what a reader without WebGL
 * keeps; the live map's controls are the same on every page, so three kinds of page cover them.
 */
const LIVE_MAP = new Set(['/', '/layer/engagement', '/embed/country/kor?layer=engagement']);

function builtFile(path: string): string {
	return join('build', path === '/' ? 'index.html' : `${path}.html`);
}

for (const path of AUDITED) {
	test(`axe's full rule set finds nothing on ${path}`, async ({ page }) => {
		await openReady(page, path);
		if (LIVE_MAP.has(path)) await waitForMap(page);
		else if (await page.locator('.map-frame').count())
			await expect(page.locator('svg.static-map').first()).toBeVisible();
		// The 404 shell draws its page once its script runs: audit what the reader gets.
		await expect(page.locator('h1').first()).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(RULE_SETS).analyze();
		const violations = results.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(' | ')}`
		);
		expect(violations).toEqual([]);
	});
}

for (const scheme of ['dark', 'light'] as const) {
	test(`the ${scheme} colour scheme and more contrast keep axe's contrast checks clean`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: scheme, contrast: 'more' });
		for (const path of ['/country/kor', '/table']) {
			await page.goto(path);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			// The tokens really switch: dark surroundings for dark, white for light.
			expect(background, path).toBe(scheme === 'dark' ? 'rgb(21, 24, 29)' : 'rgb(255, 255, 255)');
			const results = await new AxeBuilder({ page })
				.withRules(['color-contrast', 'link-in-text-block'])
				.analyze();
			expect(
				results.violations.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(' | ')}`
				),
				path
			).toEqual([]);
		}
	});
}

test('on a phone every control is a finger’s target (WCAG 2.5.8), the languages too', async ({
	browser
}) => {
	// Lighthouse's phone: 412 px wide, touch.
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await page.goto('/');
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
	expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
	await context.close();
});
