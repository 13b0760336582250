import { expect, test } from '@playwright/test';

test('countries.csv is served with the contract columns', async ({ request }) => {
	const response = await request.get('/data/countries.csv');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/csv');
	const text = await response.text();
	expect(text.split('\r\n')[0]).toMatch(
		/^iso3,name,abduction_status,abduction_basis,.*event_count,event_ids/
	);
	expect(text).toMatch(/\r\nLBN,Lebanon,possible,/);
});

test('events.csv and dataset.json are served', async ({ request }) => {
	const events = await request.get('/data/events.csv');
	expect(events.status()).toBe(200);
	expect((await events.text()).split('\r\n')[0]).toMatch(
		/^id,date,.*title,.*forum,.*countries,.*section/
	);
	const dataset = await request.get('/data/dataset.json');
	const json = await dataset.json();
	expect(json.countries.length).toBeGreaterThan(5);
	expect(json.events.length).toBeGreaterThan(10);
});

test('the downloads are linked from the page', async ({ page }) => {
	await page.goto('/about');
	for (const file of ['countries.csv', 'events.csv', 'dataset.json']) {
		const link = page.getByRole('link', { name: file });
		await expect(link).toHaveAttribute('href', `/data/${file}`);
	}
});
