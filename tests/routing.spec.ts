import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a country page carries its content', async ({ page }) => {
		const response = await page.goto('/country/lbn');
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1, name: 'Lebanon' })).toBeVisible();
		await expect(
			page.getByText('May have been abducted (returnees’ testimony)').first()
		).toBeVisible();
		await expect(page.getByText('Document, introduction').first()).toBeVisible();
	});

	test('an unknown address says so', async ({ page }) => {
		const response = await page.goto('/nowhere');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await page.getByRole('link', { name: 'Back to the world map' }).click();
		await expect(page.getByRole('heading', { level: 1 }).first()).toContainText('Whose nationals');
	});
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
	// The base-path build is served on the port after TEST_PORT (playwright.config.ts).
	const base = `http://127.0.0.1:${Number(process.env.TEST_PORT ?? 4391) + 1}/abductions`;
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

for (const path of ['/', '/country/kor', '/present/1', '/about', '/nowhere']) {
	test(`${path} carries a Content-Security-Policy that allows no other origin`, async ({
		page
	}) => {
		const violations: string[] = [];
		page.on(
			'console',
			(m) =>
				m.type() === 'error' &&
				/Content Security Policy/i.test(m.text()) &&
				violations.push(m.text())
		);
		await page.goto(path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		const sources = policy!.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1));
		for (const source of sources)
			expect(source).toMatch(/^('self'|'none'|'unsafe-inline'|'sha256-[^']+'|data:|blob:)$/);
		await page.waitForLoadState('networkidle');
		expect(violations).toEqual([]);
	});
}

test('no page requests anything from another host', async ({ page, request }) => {
	test.slow(); // ten pages, each until the network is idle
	const dataset = await (await request.get('/data/dataset.json')).json();
	// Country pages share one template: the first in the data, and the two with insets or dots.
	const countries = (dataset.countries as { iso3: string }[]).map((c) => c.iso3.toLowerCase());
	const paths = [
		'/',
		'/about',
		'/table',
		'/present/1',
		'/present/handout',
		'/?layer=engagement',
		'/?layer=forums&forum=g7',
		...[countries[0]!, 'kor', 'lbn'].map((code) => `/country/${code}`)
	];
	const offHost: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1')
			offHost.push(r.url());
	});
	for (const path of paths) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(offHost).toEqual([]);
});

for (const path of ['/country/k', `/country/${'a'.repeat(5000)}`, `/${'x/'.repeat(400)}`]) {
	test(`odd path ${path.slice(0, 30)}… gets the 404 page, not a crash`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	});
}

for (const [asked, address, heading] of [
	['/country/KOR', '/country/kor', 'South Korea'],
	['/ja/', '/ja', '拉致'],
	['/ja/country/Kor/?layer=engagement', '/ja/country/kor?layer=engagement', '韓国'],
	['/table/', '/table', 'Every country and event, as tables']
] as const)
	test(`${asked} is sent on to ${address}`, async ({ page }) => {
		const response = await page.goto(asked);
		expect(response?.status()).toBe(200);
		expect(response?.request().redirectedFrom()?.url()).toMatch(/\/\/127\.0\.0\.1:\d+\//);
		await expect(page).toHaveURL(new RegExp(`:\\d+${address.replace(/[?]/g, '\\?')}$`));
		await expect(page.getByRole('heading', { level: 1 }).first()).toContainText(heading);
	});

test('on a host that only serves 404.html, the 404 page itself sends /country/KOR on', async ({
	page
}) => {
	// A static host with no redirects answers any unknown address with the 404 page.
	await page.route('**/country/KOR', async (route) => {
		const notFound = await route.fetch({ url: new URL('/nowhere', route.request().url()).href });
		await route.fulfill({ response: notFound });
	});
	const response = await page.goto('/country/KOR');
	expect(response?.status()).toBe(404);
	await expect(page).toHaveURL(/\/country\/kor$/);
	await expect(page.getByRole('heading', { level: 1, name: 'South Korea' })).toBeVisible();
});

for (const [path, heading, count, first] of [
	['/present/99', 'No such classroom step', /has 10 steps/, 'Start at step 1'],
	['/ja/present/0', '授業用のそのステップはありません', /10ステップ/, 'ステップ1から始める']
] as const)
	test(`${path} says how many classroom steps there are`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(page.getByText(count)).toBeVisible();
		await expect(page.getByText(/three-letter ISO code|ISOコード/)).toHaveCount(0);
		await page.getByRole('link', { name: first }).click();
		await expect(page).toHaveURL(/\/present\/1$/);
	});
