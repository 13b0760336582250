import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createSiteServer, listen } from '../scripts/serve.js';
import { waitForMap } from './helpers';

// Only here may the service worker run (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/**
 * A built site on a port of its own, so the test can really take it away: closing the server is a
 * network failure for the browser, whatever its offline emulation covers.
 */
async function serveSite(root: string, base = '') {
	const server = createSiteServer({ root, base });
	const url = await listen(server, { port: 0, base });
	return {
		url,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** After the first visit: the worker has stored the site and controls the page. */
async function waitUntilKept(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const buildVersion = (root: string): string =>
	JSON.parse(readFileSync(join(root, '_app', 'version.json'), 'utf8')).version;

for (const { root, base } of [
	{ root: 'build', base: '' },
	{ root: 'build-base', base: '/abductions' }
]) {
	test(`after one visit, pages open and draw with no network (base "${base}")`, async ({
		page,
		context
	}) => {
		test.slow(); // the first visit stores the whole site
		const site = await serveSite(root, base);
		await page.goto(`${site.url}/`);
		// Not while the page starts: the worker's install waits some seconds after load.
		await page.waitForFunction(() => document.readyState === 'complete');
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();
		await waitUntilKept(page);
		expect(await cacheNames(page)).toEqual([`abductions-map-${buildVersion(root)}`]);

		await site.close();
		await context.setOffline(true);

		await page.goto(`${site.url}/present/3`);
		await expect(page.getByText('Step 3 of 10')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// Steps and country pages are not stored (a world each): the stored shell draws them, with
		// the world from its own file, placed and named by the page's script.
		await expect(page.locator('.map [data-answering] svg.static-map')).toBeVisible();
		await expect(page.locator('.map .map-label', { hasText: 'Japan' })).toBeVisible();

		await page.goto(`${site.url}/country/lbn?layer=engagement`);
		await expect(page.getByRole('heading', { level: 1, name: 'Lebanon' })).toBeVisible();
		await waitForMap(page);
		await expect(page.getByRole('radio', { name: 'Events by country' })).toBeChecked();
		// In its own language too.
		await page.goto(`${site.url}/ja/country/kor`);
		await expect(page.getByRole('heading', { level: 1, name: '韓国' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

		await page.goto(`${site.url}/table`);
		await expect(page.getByRole('table').first()).toBeVisible();
		await expect(page.getByRole('rowheader', { name: 'Lebanon' }).first()).toBeVisible();

		// A page the site does not have gets the site's own "not found" page, not the browser's.
		await page.goto(`${site.url}/nowhere`);
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	});
}

test('a first visit to the tables, a page without the app’s script, keeps the site too', async ({
	page,
	context
}) => {
	test.slow(); // the first visit stores the whole site
	const site = await serveSite('build');
	await page.goto(`${site.url}/table`);
	await waitUntilKept(page);
	expect(await cacheNames(page)).toEqual([`abductions-map-${buildVersion('build')}`]);

	await site.close();
	await context.setOffline(true);
	await page.goto(`${site.url}/about`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto(`${site.url}/country/lbn`);
	await expect(page.getByRole('heading', { level: 1, name: 'Lebanon' })).toBeVisible();
});

test('a new build offers to reload, then replaces the old copy', async ({ page }) => {
	test.slow(); // two builds are stored, one after the other
	const root = mkdtempSync(join(tmpdir(), 'abductions-site-'));
	cpSync('build', root, { recursive: true });
	const site = await serveSite(root);
	try {
		const oldVersion = buildVersion(root);
		await page.goto(`${site.url}/`);
		await waitUntilKept(page);
		const prompt = page.getByText('A new version is available');
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
		await expect(prompt).toBeHidden();

		// Deploy "another build": the same files, a worker that names another version.
		const newVersion = `${oldVersion}1`;
		const workerFile = join(root, 'service-worker.js');
		const workerScript = readFileSync(workerFile, 'utf8');
		expect(workerScript).toContain(`\`${oldVersion}\``);
		writeFileSync(workerFile, workerScript.replaceAll(`\`${oldVersion}\``, `\`${newVersion}\``));

		await page.reload();
		await expect(prompt).toBeVisible({ timeout: 30_000 });
		// On a phone it reads as one short notice, on the screen, not a squeezed column.
		await page.setViewportSize({ width: 390, height: 844 });
		const notice = (await prompt.boundingBox())!;
		expect(notice.x).toBeGreaterThanOrEqual(0);
		expect(notice.x + notice.width).toBeLessThanOrEqual(390);
		expect(notice.height).toBeLessThan(50);
		// Until the user chooses, the page is the old build's, from the old cache.
		expect(await cacheNames(page)).toContain(`abductions-map-${oldVersion}`);

		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		await expect
			.poll(() => cacheNames(page), { timeout: 15_000 })
			.toEqual([`abductions-map-${newVersion}`]);
		await expect(prompt).toBeHidden();
	} finally {
		await site.close();
		rmSync(root, { recursive: true, force: true });
	}
});
