import { expect, test, type Frame, type Page } from '@playwright/test';
import { boxesOverlap, openReady, waitForMap } from './helpers';
import { startHostPage } from './host-page';

/** The embed code the map page offers for the view at `path`. */
async function copiedSnippet(page: Page, path: string): Promise<string> {
	await openReady(page, path);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await expect(dialog).toBeVisible();
	return dialog.getByRole('textbox', { name: 'Code to paste' }).inputValue();
}

/** The frame of the embedded page, once it has loaded. */
async function embeddedFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().includes('/embed'))).toBe(true);
	return page.frames().find((f) => f.url().includes('/embed'))!;
}

test('the Embed button gives the iframe code of the view on screen', async ({ page, baseURL }) => {
	const code = await copiedSnippet(page, '/country/kor?layer=forums&forum=g7');
	expect(code).toContain(`src="${baseURL}/embed/country/kor?layer=forums&amp;forum=g7"`);
	// Responsive by default: as wide as the column (up to 800 px), 500 px without the script.
	expect(code).toMatch(/width="100%" height="500"[^>]*max-width: 800px/);
	expect(code).toMatch(/title="Map: South Korea, [^"]+"/);

	// Unticked, the plain iframe of a fixed size.
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await dialog.getByRole('checkbox', { name: /Resize to fit/ }).uncheck();
	await expect(dialog.getByRole('textbox', { name: 'Code to paste' })).toHaveValue(
		/width="800" height="500"/
	);
	await dialog.getByRole('spinbutton', { name: 'Width (px)' }).fill('600');
	await dialog.getByRole('spinbutton', { name: 'Height (px)' }).fill('400');
	await expect(dialog.getByRole('textbox', { name: 'Code to paste' })).toHaveValue(
		/width="600" height="400"/
	);
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await dialog.getByRole('button', { name: 'Copy the code' }).click();
	await expect(dialog.getByRole('status')).toHaveText(/Copied/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
		/^<iframe src="[^"]+\/embed\/country\/kor\?layer=forums&amp;forum=g7" width="600" height="400"/
	);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});

test('the Embed dialog loads on the first click: that click opens it, a failed load says so', async ({
	page
}) => {
	await openReady(page, '/country/kor');
	const button = page.getByRole('button', { name: 'Embed' });
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	// The dialog's code is not in the page's first script: nothing of it is on the page yet.
	await expect(page.locator('dialog.embed-dialog')).toHaveCount(0);

	// Offline, and the code not yet kept: the button says so, and the next click tries again.
	await page.route('**/_app/immutable/**', (route) => route.abort('internetdisconnected'));
	await button.click();
	await expect(page.getByRole('status').filter({ hasText: 'did not load' })).toBeVisible();
	await expect(dialog).toHaveCount(0);
	await page.unroute('**/_app/immutable/**');

	// A slow network: the click is kept, the button busy, until the code comes.
	let letGo!: () => void;
	const held = new Promise<void>((resolve) => (letGo = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	await button.click();
	await expect(button).toHaveAttribute('aria-busy', 'true');
	await expect(dialog).toHaveCount(0);
	letGo();
	await expect(dialog).toBeVisible();
	await expect(button).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByRole('status').filter({ hasText: 'did not load' })).toHaveCount(0);
	// Keyboard as before: Escape closes it and gives the focus back to the button.
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
});

test.describe('on a page of another origin', () => {
	let host: Awaited<ReturnType<typeof startHostPage>>;
	test.beforeAll(async () => {
		host = await startHostPage();
	});
	test.afterAll(async () => {
		await host.close();
	});

	test('the copied iframe draws the map, its legend and a link to the full view', async ({
		page,
		baseURL
	}) => {
		const code = await copiedSnippet(page, '/country/lbn?layer=engagement');
		host.show(code);
		await page.goto(host.origin);
		expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);

		const frame = await embeddedFrame(page);
		await frame.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
			timeout: 30_000
		});
		const embedded = page.frameLocator('iframe');
		await expect(embedded.locator('.map canvas')).toBeVisible();
		await expect(embedded.getByText('Lebanon', { exact: false }).first()).toBeVisible();
		await expect(embedded.getByRole('figure')).toContainText(
			'Events naming each country, whoever acted'
		);
		// No site header in the frame: no site navigation.
		await expect(embedded.getByRole('navigation', { name: 'Site' })).toHaveCount(0);

		const open = embedded.getByRole('link', { name: 'Open the full map' });
		await expect(open).toHaveAttribute('target', '_top');
		await open.click();
		await expect(page).toHaveURL(`${baseURL}/country/lbn?layer=engagement`);
		await expect(page.getByRole('heading', { level: 1, name: 'Lebanon' })).toBeVisible();
	});

	test('a page that is not an embed page is refused in its frame', async ({ page, baseURL }) => {
		host.show(
			`<iframe src="${baseURL}/country/kor" width="600" height="400" title="Map"></iframe>`
		);
		await page.goto(host.origin);
		// Chromium replaces a frame that its CSP refuses with an error page.
		await expect
			.poll(() => page.frames().map((f) => f.url()))
			.toContain('chrome-error://chromewebdata/');
		await expect(
			page.frameLocator('iframe').getByRole('heading', { name: 'South Korea' })
		).toHaveCount(0);
	});

	test('an unknown layer falls back to the default one, an unknown country to the 404 page', async ({
		page,
		baseURL
	}) => {
		host.show(
			`<iframe src="${baseURL}/embed?layer=nonsense&until=2099-99" width="600" height="400" title="Map"></iframe>`
		);
		await page.goto(host.origin);
		const embedded = page.frameLocator('iframe');
		await expect(embedded.getByRole('figure')).toContainText('Abductee nationalities');
		await expect(embedded.locator('.map-frame')).toBeVisible();
		await expect(embedded.getByRole('link', { name: 'Open the full map' })).toHaveAttribute(
			'href',
			'/'
		);

		host.show(
			`<iframe src="${baseURL}/embed/country/zzz" width="600" height="400" title="Map"></iframe>`
		);
		await page.goto(host.origin);
		await expect(embedded.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	});
});

test('the server lets any site frame embed pages and only the dashboard frame the rest', async ({
	request
}) => {
	for (const path of ['/embed', '/embed/country/kor', '/embed/country/zzz']) {
		const response = await request.get(path);
		expect(response.headers()['content-security-policy'], path).toBe('frame-ancestors *');
	}
	for (const path of ['/', '/country/kor', '/present/3', '/table', '/nowhere']) {
		const response = await request.get(path);
		expect(response.headers()['content-security-policy'], path).toBe("frame-ancestors 'self'");
	}
});

test('the embedded engagement map names the ends of its lines, as the full map does', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 640 });
	await page.goto('/embed?layer=engagement');
	for (const iso3 of ['USA', 'CHN', 'JPN'])
		await expect(
			page.locator(`.map-label[data-iso3="${iso3}"]:not([hidden])`).first(),
			iso3
		).toBeVisible();
});

test('the embedded live map draws one head on each one-way line, however many tiles it crosses', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 950 });
	await page.goto('/embed?layer=engagement');
	await waitForMap(page);
	const heads = () =>
		page.evaluate(() => {
			const map = (
				window as unknown as {
					dashboardMap: {
						queryRenderedFeatures(options: { layers: string[] }): { properties: { id: string } }[];
					};
				}
			).dashboardMap;
			return map
				.queryRenderedFeatures({ layers: ['links-heads'] })
				.map((head) => head.properties.id)
				.sort();
		});
	// The United States' lines to China, South Korea and North Korea, and Japan's to Russia and
	// China: each once.
	await expect.poll(heads).toEqual(expect.arrayContaining(['JPN-RUS', 'USA-CHN', 'USA-PRK']));
	const ids = await heads();
	expect(ids, 'a line with two heads').toEqual([...new Set(ids)]);
});

for (const size of [
	{ width: 600, height: 400 },
	{ width: 390, height: 844 }
]) {
	test(`at ${size.width}x${size.height} the embed page fits its map, legend and link`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('/embed/country/kor?layer=engagement');
		const map = await page.locator('.map-frame').boundingBox();
		const legend = await page.getByRole('figure').boundingBox();
		const source = await page.getByText(/^Source:/).boundingBox();
		expect(map && legend && source).toBeTruthy();
		// The map ends where the legend starts: it never draws over it, however small the frame.
		expect(map!.y + map!.height).toBeLessThanOrEqual(legend!.y + 1);
		expect(map!.height).toBeGreaterThan(size.height / 2.5);
		expect(source!.y + source!.height).toBeLessThanOrEqual(size.height);
		await expect(page.getByRole('link', { name: 'Open the full map' })).toBeInViewport();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			size.width
		);
	});
}

test('in a tall, narrow frame the world’s map is as tall as the world, the legend right below', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/embed');
	const map = (await page.locator('.map-frame').boundingBox())!;
	const legend = (await page.getByRole('figure').boundingBox())!;
	// The world drawn 390 px wide is some 250 px tall: a taller map is sea above and below it.
	expect(map.height).toBeLessThan(390 / 1.4);
	expect(legend.y - (map.y + map.height)).toBeLessThan(8);
});

for (const viewport of [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`at ${viewport.width}x${viewport.height} the map's Full screen and Embed buttons sit on the map, clear of its overlays`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/?layer=engagement');
		await waitForMap(page);
		const tools = page.getByRole('button', { name: 'Embed' }).locator('..');
		await expect(page.getByRole('button', { name: 'Full screen', exact: true })).toBeVisible();
		// The answer strip speaks of the abductee layer only: over this layer's map it is not drawn.
		await expect(page.locator('.answer')).toHaveCount(0);
		const box = (await tools.boundingBox())!;
		const map = (await page.locator('.map-frame').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(map.x);
		expect(box.y).toBeGreaterThanOrEqual(map.y);
		expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
		expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
		for (const other of [
			page.locator('.controls-overlay'),
			page.locator('.legend-overlay'),
			page.locator('.maplibregl-ctrl-group')
		]) {
			const o = (await other.boundingBox())!;
			expect(boxesOverlap(box, o), await other.evaluate((e) => e.className)).toBe(false);
		}
	});
}

test('the embed’s source line names the document and leads to our outline of it, in the embed’s language', async ({
	page
}) => {
	for (const [embed, outline, words] of [
		['/embed', '/document', 'our outline'],
		['/ja/embed/country/kor', '/ja/document', '当サイトの要約']
	] as const) {
		await page.goto(embed);
		// The document's title is cited, not a link: a reader would take it for the Ministry's page.
		await expect(page.locator('.source cite'), embed).toHaveCount(1);
		await expect(page.locator('.source a cite'), embed).toHaveCount(0);
		const link = page.locator('.source a');
		await expect(link, embed).toHaveText(words);
		await expect(link, embed).toHaveAttribute('href', outline);
		// Out of the host's frame, as the link to the full map.
		await expect(link, embed).toHaveAttribute('target', '_top');
	}
	await page.locator('.source a').click();
	await expect(page).toHaveURL(/\/ja\/document$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the embedded abductee map says its answer in a sentence under its heading', async ({
	page
}) => {
	await page.goto('/embed');
	await expect(page.locator('header .takeaway')).toHaveText(
		'The document names nationals of 7 countries as abducted or possibly abducted, and reports, second-hand, that other nationals were taken too.'
	);
	// At a date, what the map shows then; on another layer or a country, the heading alone.
	await page.goto('/embed?until=2010-01');
	await expect(page.locator('header .takeaway')).toContainText(
		'Up to January 2010 the map shows 6 countries’ nationals'
	);
	for (const other of ['/embed?layer=engagement', '/embed/country/kor']) {
		await page.goto(other);
		await expect(page.locator('header h1')).toBeVisible();
		await expect(page.locator('header .takeaway'), other).toHaveCount(0);
	}
});
