import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

test('a country page carries its content without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const response = await page.goto('/country/lbn');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1, name: 'Lebanon' })).toBeVisible();
	await expect(page.getByText('Nationals possibly abducted').first()).toBeVisible();
	await expect(page.getByText('Document, introduction').first()).toBeVisible();
	await context.close();
});

for (const path of [
	'/country/zzz',
	'/country/',
	'/country/KORX',
	'/nowhere',
	'/country/%3Cscript%3Ealert(1)%3C%2Fscript%3E'
]) {
	test(`${path} answers with the 404 page`, async ({ page }) => {
		let dialog = false;
		page.on('dialog', async (d) => {
			dialog = true;
			await d.dismiss();
		});
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Back to the world map' })).toBeVisible();
		expect(
			await page
				.locator('script:not([type]):not([src])')
				.evaluateAll((s) => s.filter((e) => e.textContent?.includes('alert(1)')).length)
		).toBe(0);
		expect(dialog).toBe(false);
	});
}

test('the site works under a base path', async ({ page }) => {
	const base = 'http://127.0.0.1:4392/abductions';
	await page.goto(`${base}/`);
	await waitForMap(page);
	await page.getByRole('link', { name: 'Lebanon' }).first().click();
	await expect(page).toHaveURL(`${base}/country/lbn`);
	await expect(page.getByRole('heading', { level: 1, name: 'Lebanon' })).toBeVisible();
	const csv = await page.request.get(`${base}/data/countries.csv`);
	expect(csv.status()).toBe(200);
	await expect(page.getByRole('link', { name: 'About & downloads' })).toHaveAttribute(
		'href',
		'/abductions/about'
	);
});
