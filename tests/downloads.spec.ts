import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { csvParse } from 'd3-dsv';

const BOM = [0xef, 0xbb, 0xbf];

/** The bytes after the byte-order mark, as a CSV reader gets them once it has stripped it. */
function afterBom(bytes: Buffer): string {
	expect([...bytes.subarray(0, 3)]).toEqual(BOM);
	return bytes.subarray(3).toString('utf8');
}

test('countries.csv is served with the contract columns, English and Japanese', async ({
	request
}) => {
	const response = await request.get('/data/countries.csv');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/csv');
	const text = afterBom(await response.body());
	expect(text.split('\r\n')[0]).toMatch(
		/^iso3,name,abduction_status,abduction_basis,.*event_count,event_ids,.*name_ja,abduction_basis_ja,name_ko,abduction_basis_ko$/
	);
	expect(text).toMatch(/\r\nLBN,Lebanon,possible,/);
	const rows = csvParse(text);
	expect(rows.columns[0]).toBe('iso3');
	expect(rows.find((r) => r.iso3 === 'LBN')).toMatchObject({
		name: 'Lebanon',
		name_ja: 'レバノン'
	});
});

test('events.csv and dataset.json are served in both languages', async ({ request }) => {
	const events = await request.get('/data/events.csv');
	expect(events.status()).toBe(200);
	const text = afterBom(await events.body());
	expect(text.split('\r\n')[0]).toMatch(
		/^id,date,.*title,.*forum,.*countries,.*section,.*title_ja,summary_ja,venue_ja,title_ko,summary_ko,venue_ko$/
	);
	const g7 = csvParse(text).find((r) => r.id === 'g7-charlevoix-2018-06');
	expect(g7).toMatchObject({ title: 'G7 Charlevoix Summit', title_ja: 'G7シャルルボワ・サミット' });
	const dataset = await request.get('/data/dataset.json');
	const json = await dataset.json();
	expect(json.countries.length).toBeGreaterThan(5);
	expect(json.events.length).toBeGreaterThan(10);
	expect(json.ja.events.map((e: { id: string }) => e.id)).toEqual(
		json.events.map((e: { id: string }) => e.id)
	);
	expect(json.ja.countries.find((c: { iso3: string }) => c.iso3 === 'PRK').name).toBe('北朝鮮');
});

test('the downloads are linked from the page', async ({ page }) => {
	await page.goto('/about');
	for (const file of ['countries.csv', 'events.csv', 'dataset.json']) {
		const link = page.getByRole('link', { name: file });
		await expect(link).toHaveAttribute('href', `/data/${file}`);
	}
});

test('a downloaded CSV keeps its byte-order mark and reads iso3 as its first column', async ({
	page
}) => {
	await page.goto('/about');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'countries.csv' }).click()
	]);
	expect(download.suggestedFilename()).toBe('countries.csv');
	const bytes = await readFile((await download.path())!);
	const rows = csvParse(afterBom(bytes));
	expect(rows.columns[0]).toBe('iso3');
	expect(rows.find((r) => r.iso3 === 'JPN')).toMatchObject({ name: 'Japan', name_ja: '日本' });
});

test('datapackage.json describes both CSVs, with provenance, and About links it', async ({
	request,
	page
}) => {
	const response = await request.get('/data/datapackage.json');
	expect(response.status()).toBe(200);
	const pkg = await response.json();
	expect(pkg.profile).toBe('tabular-data-package');
	expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
	expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
	expect(pkg.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
	expect(pkg.sources[0].title).toContain('Ministry of Foreign Affairs of Japan');
	for (const resource of pkg.resources) {
		// Each resource's path is beside the package, and its fields are the CSV's header.
		const csv = afterBom(await (await request.get(`/data/${resource.path}`)).body());
		expect(resource.schema.fields.map((f: { name: string }) => f.name).join(',')).toBe(
			csv.split('\r\n')[0]
		);
	}
	const dataset = await (await request.get('/data/dataset.json')).json();
	expect(dataset.provenance).toMatchObject({
		version: pkg.version,
		licence: { name: 'CC-BY-4.0' }
	});

	await page.goto('/about');
	await expect(page.getByRole('link', { name: 'datapackage.json' })).toHaveAttribute(
		'href',
		'/data/datapackage.json'
	);
	const provenance = page.locator('dl.provenance');
	await expect(provenance).toContainText('“Japan-North Korea Relations” pages');
	await expect(provenance).toContainText('Creative Commons Attribution 4.0 International');
	await expect(provenance).toContainText(pkg.version);
});
