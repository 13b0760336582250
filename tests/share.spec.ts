import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { openReady } from './helpers';

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function downloaded(download: Download): Promise<Buffer> {
	return readFile((await download.path())!);
}

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

async function saveFrom(page: Page, name: RegExp): Promise<Download> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name }).click();
	return download;
}

test('the copied link reopens the same view: layer, date and country', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openReady(page, '/country/kor');
	await page.getByRole('radio', { name: 'Events by country' }).check();
	const slider = page.getByRole('slider', { name: /timeline/i });
	await slider.focus();
	await page.keyboard.press('End');
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/until=\d{4}-\d\d/);
	const shown = (await page.locator('output').textContent())!;

	await page.getByRole('button', { name: 'Share link' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Link to this view copied.' })
	).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(page.url());

	// The prerendered page is the default view until its script reads the address: wait for it,
	// as a reader's eye does, rather than for a fixed time (under a loaded machine it can be slow).
	const reopened = await context.newPage();
	await openReady(reopened, copied);
	await expect(reopened.getByRole('radio', { name: 'Events by country' })).toBeChecked();
	await expect(reopened.locator('output')).toHaveText(shown);
	await expect(reopened.getByRole('heading', { level: 1 })).toContainText('South Korea');
});

test('where copying is refused, the link is shown selected to copy by hand', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
		});
	});
	await openReady(page, '/?layer=forums&forum=g7');
	await expect(page.getByRole('radio', { name: /forum/i })).toBeChecked();
	await page.getByRole('button', { name: 'Share link' }).click();
	const field = page.getByRole('textbox', { name: 'Link to this view' });
	// A layer view of the world is shared at its layer's own page.
	await expect(field).toHaveValue(new URL('/layer/forums?forum=g7', page.url()).href);
	await expect(field).toBeFocused();
	const selected = await field.evaluate(
		(input: HTMLInputElement) => input.selectionEnd! - input.selectionStart! === input.value.length
	);
	expect(selected).toBe(true);
	await expect(page.getByRole('status').filter({ hasText: 'copy it by hand' })).toBeVisible();
});

test('on a touch phone the system share sheet gets the view', async ({ browser, baseURL }) => {
	const context = await browser.newContext({
		baseURL,
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await page.addInitScript(() => {
		const shared: unknown[] = [];
		(window as unknown as { shared: unknown[] }).shared = shared;
		Object.defineProperty(navigator, 'share', {
			value: (data: unknown) => {
				shared.push(data);
				return Promise.resolve();
			}
		});
	});
	await openReady(page, '/country/lbn?layer=engagement');
	await page.getByRole('button', { name: 'Share link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Shared.' })).toBeAttached();
	const shared = await page.evaluate(
		() => (window as unknown as { shared: { url: string }[] }).shared
	);
	expect(shared.map((s) => s.url)).toEqual([page.url()]);
	await context.close();
});

test('Cite gives the document, its publisher and date, this view and the day', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openReady(page, '/country/tha');
	// The link's "copied" word goes once the reader turns to the citation.
	await page.getByRole('button', { name: 'Share link' }).click();
	const copied = page.getByText('Link to this view copied.');
	await expect(copied).toBeVisible();
	const cite = page.getByRole('button', { name: 'Cite' });
	await cite.click();
	await expect(cite).toHaveAttribute('aria-expanded', 'true');
	await expect(copied).toBeHidden();
	const line = page.locator('.citation');
	await expect(line).toContainText('Ministry of Foreign Affairs of Japan');
	await expect(line).toContainText('Efforts by the International Community');
	await expect(line).toContainText('28 December 2018');
	await expect(line).toContainText(page.url());
	await expect(line).toContainText(/accessed \d{1,2} [A-Z][a-z]+ \d{4}/);
	// One press: the citation is shown and copied.
	await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await line.textContent());
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await page.getByRole('button', { name: 'Copy citation' }).click();
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toBe(await line.textContent());
});

test('the view saves as a PNG of 2400 px and an SVG with title, legend, date and source', async ({
	page
}) => {
	await page.goto('/?layer=engagement&until=2018-06');
	await expect(page.locator('output')).toContainText('June 2018');

	const png = await saveFrom(page, /Save this view as a PNG/);
	expect(png.suggestedFilename()).toBe('abductions-engagement-2018-06.png');
	const { width, height } = pngSize(await downloaded(png));
	expect(width).toBe(2400);
	expect(height).toBeGreaterThan(1000);
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved abductions-engagement-2018-06.png' })
	).toBeVisible();

	const svgDownload = await saveFrom(page, /Save this view as an SVG/);
	expect(svgDownload.suggestedFilename()).toBe('abductions-engagement-2018-06.svg');
	const svg = (await downloaded(svgDownload)).toString('utf8');
	expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="\d+"/);
	// Half the PNG's size: the PNG is the same picture at 2x.
	expect(Number(svg.match(/height="(\d+)"/)![1]) * 2).toBe(height);
	const words = texts(svg);
	expect(words).toContain('Events naming each country, whoever acted');
	expect(words).toContain('Events up to June 2018 (document of 28 December 2018)');
	// Labels may wrap onto two lines.
	for (const label of ['Japan', '6 or more events', 'North Korea (the state responsible)'])
		expect(words.join(' ')).toContain(label);
	expect(words.join(' ')).toContain('Source: Ministry of Foreign Affairs of Japan');
	// The lines as on the map, and in the legend.
	const lineLabels = await page.locator('.legend-overlay li').allTextContents();
	expect(lineLabels.some((label) => /dashed/.test(label))).toBe(true);
	expect(words.join(' ')).toContain('Raised with North Korea (dashed)');
	expect(svg).toMatch(
		/<path data-link="[A-Z]{3}-[A-Z]{3}" d="M[^"]+" fill="none" stroke="#d55e00"[^>]*stroke-dasharray/
	);
	// Drawn from the data, as the map shows the world: every country is a path with its code.
	expect((svg.match(/<path id="[A-Z]{3}"/g) ?? []).length).toBeGreaterThan(150);
});

test('a country page saves as abductions-kor.svg, the country outlined and named', async ({
	page
}) => {
	await openReady(page, '/country/kor');
	const download = await saveFrom(page, /Save this view as an SVG/);
	expect(download.suggestedFilename()).toBe('abductions-kor.svg');
	const svg = (await downloaded(download)).toString('utf8');
	expect(texts(svg)).toContain('South Korea: Abductee nationalities');
	expect(svg).toMatch(/fill="none" stroke="#111111"/);
});

test('a failed PNG says why and offers the SVG, which then saves', async ({ page }) => {
	await page.addInitScript(() => {
		// A browser out of memory for the canvas gives no blob.
		HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
			callback(null);
		};
	});
	await openReady(page, '/?layer=forums');
	await page.getByRole('button', { name: /Save this view as a PNG/ }).click();
	const status = page.getByRole('status').filter({ hasText: 'The PNG could not be made' });
	await expect(status).toContainText('could not encode the PNG');
	const download = await saveFrom(page, /Save as SVG instead/);
	expect(download.suggestedFilename()).toBe('abductions-forums-coi.svg');
});

test('the drawing code comes with the first save; when it cannot, the status says so', async ({
	page
}) => {
	const loaded = new Set<string>();
	page.on('request', (request) => loaded.add(request.url()));
	await openReady(page, '/country/kor');
	// Refused: any of the site's scripts the page had not asked for before the save.
	const before = new Set(loaded);
	const refused: string[] = [];
	await page.route('**/_app/immutable/**', (route) => {
		if (before.has(route.request().url())) return route.continue();
		refused.push(route.request().url());
		return route.abort();
	});
	await page.getByRole('button', { name: /Save this view as an SVG/ }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'The SVG could not be made' })
	).toContainText('the code that draws pictures did not load');
	expect(refused.length).toBeGreaterThan(0);
	// The code arrives, but not the map's files: the reader is told so, in words, not the
	// browser's "Failed to fetch".
	await page.unroute('**/_app/immutable/**');
	await page.route('**/export/world.json', (route) => route.abort());
	await page.getByRole('button', { name: /Save this view as an SVG/ }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'The SVG could not be made' })
	).toContainText("the map's files did not load (offline?)");
	// Back online, the same button draws and saves.
	await page.unroute('**/export/world.json');
	const download = await saveFrom(page, /Save this view as an SVG/);
	expect(download.suggestedFilename()).toBe('abductions-kor.svg');
});

test('a classroom step saves as abductions-step-3.png and .svg, and the slide still fits', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openReady(page, '/present/3');
	await page.getByRole('button', { name: 'Teacher tools' }).click();
	const png = await saveFrom(page, /Save PNG of this step/);
	expect(png.suggestedFilename()).toBe('abductions-step-3.png');
	expect(pngSize(await downloaded(png)).width).toBe(2400);

	const svgDownload = await saveFrom(page, /Save SVG of this step/);
	expect(svgDownload.suggestedFilename()).toBe('abductions-step-3.svg');
	const svg = (await downloaded(svgDownload)).toString('utf8');
	const headline = (await page.locator('#step-headline').textContent())!.trim();
	const legendTitle = (await page.locator('.legend figcaption').textContent())!.trim();
	const words = texts(svg);
	expect(words.join(' ')).toContain(headline.split(' ').slice(0, 4).join(' '));
	expect(words).toContain(legendTitle);
	expect(words.join(' ')).toContain('Classroom, step 3 of');
	expect(words.join(' ')).toContain('Source: Ministry of Foreign Affairs of Japan');

	// The bar stays one line: nothing of the slide scrolls.
	const overflow = await page.evaluate(
		() => document.documentElement.scrollHeight - window.innerHeight
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the picture of /country/lbn is framed on Lebanon, names it and explains its outline', async ({
	page
}) => {
	await openReady(page, '/country/lbn');
	const svg = (await downloaded(await saveFrom(page, /Save this view as an SVG/))).toString('utf8');
	const countries = [...svg.matchAll(/<path id="([A-Z]{3})"/g)].map((m) => m[1]);
	expect(countries).toEqual(expect.arrayContaining(['LBN', 'SYR', 'ISR']));
	expect(countries).not.toContain('JPN');
	expect(countries).not.toContain('USA');
	expect(svg).toMatch(/<g id="names"[^>]*>.*<text data-iso3="LBN"[^>]*>Lebanon<\/text>/);
	expect(texts(svg)).toContain('Lebanon (outlined)');
	expect(texts(svg).join(' ')).toContain(`This view: ${page.url()}`);
});

test('a view and a step save 16:9 slide pictures, 1920x1080', async ({ page }) => {
	await openReady(page, '/?layer=engagement');
	const view = await saveFrom(page, /Slide PNG \(16:9\): save this view/);
	expect(view.suggestedFilename()).toBe('abductions-engagement-slide.png');
	expect(pngSize(await downloaded(view))).toEqual({ width: 1920, height: 1080 });

	await page.setViewportSize({ width: 1280, height: 720 });
	await openReady(page, '/ja/present/4');
	await page.getByRole('button', { name: '先生用ツール' }).click();
	const step = await saveFrom(page, /スライド用PNG（16:9）：このステップ/);
	expect(step.suggestedFilename()).toBe('abductions-step-4-slide.png');
	expect(pngSize(await downloaded(step))).toEqual({ width: 1920, height: 1080 });
});

const PAGES = [
	'/',
	'/country/kor',
	'/country/lbn',
	'/table',
	'/about',
	'/present/1',
	'/present/handout'
];

test('every page carries link-preview tags, and their pictures are 1200x630 PNGs', async ({
	request
}) => {
	for (const path of PAGES) {
		const html = await (await request.get(path)).text();
		// Nothing of the build's own address or day reaches the page (the citation is the reader's).
		expect(html, path).not.toContain('sveltekit-prerender');
		const tag = (key: string) =>
			html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
		for (const key of ['og:title', 'og:description', 'og:image', 'twitter:card'])
			expect(tag(key), `${key} on ${path}`).toBeTruthy();
		expect(tag('twitter:card')).toBe('summary_large_image');
		expect(tag('og:image:width')).toBe('1200');
		expect(tag('og:image:height')).toBe('630');
		const image = await request.get(tag('og:image')!);
		expect(image.status(), tag('og:image')).toBe(200);
		expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
	}
	const kor = await (await request.get('/country/kor')).text();
	expect(kor).toContain('<meta property="og:image" content="/og/country/kor.png"');
	expect(kor).toMatch(/<meta property="og:title" content="South Korea/);
});

test('each layer and each country page has its own 1200x630 preview in the build', async ({
	request
}) => {
	const dataset = await (await request.get('/data/dataset.json')).json();
	// Each language's pages link their own picture, drawn in that language; the abductions layer
	// is the home view, so its pages share the home picture.
	const pages = ['', '/ja', '/ko'].flatMap((prefix) => [
		prefix || '/',
		...['abductions', 'engagement', 'forums'].map((layer) => `${prefix}/layer/${layer}`),
		...dataset.countries.map((c: { iso3: string }) => `${prefix}/country/${c.iso3.toLowerCase()}`)
	]);
	for (const pagePath of pages) {
		const html = await (await request.get(pagePath)).text();
		const picture = html.match(/<link rel="image_src" href="([^"]+)"/)?.[1];
		expect(picture, `${pagePath} links no preview picture`).toBeTruthy();
		const prefix = pagePath.match(/^\/(ja|ko)(?=\/|$)/)?.[0] ?? '';
		expect(picture!.startsWith(`${prefix}/og/`), `${pagePath}: ${picture}`).toBe(true);
		if (pagePath.includes('/layer/') && !pagePath.endsWith('abductions'))
			expect(picture, pagePath).toContain('/og/layer/');
		if (pagePath.includes('/country/')) expect(picture, pagePath).toContain('/og/country/');
		const response = await request.get(picture!);
		expect(response.status(), picture).toBe(200);
		expect(pngSize(await response.body()), picture).toEqual({ width: 1200, height: 630 });
	}
});

test('in the browser, a layer view points its preview at that layer', async ({ page }) => {
	await page.goto('/?layer=engagement');
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
		'content',
		'/og/layer/engagement.png'
	);
});

test('on a phone the slide bar keeps to its links: no save buttons pushing the step down', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openReady(page, '/present/3');
	await page.getByRole('button', { name: 'Teacher tools' }).click();
	await expect(page.getByRole('link', { name: 'Handout' })).toBeVisible();
	await expect(page.getByRole('button', { name: /Save PNG of this step/ })).toBeHidden();
	await expect(page.getByRole('button', { name: /Save SVG of this step/ })).toBeHidden();
});

test('a layer has a page of its own, prerendered with its own title, description and preview', async ({
	request
}) => {
	const home = await (await request.get('/')).text();
	const tag = (html: string, key: string) =>
		html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
	for (const [path, image] of [
		['/layer/engagement', '/og/layer/engagement.png'],
		['/ja/layer/forums', '/ja/og/layer/forums.png'],
		['/ko/country/kor', '/ko/og/country/kor.png']
	] as const) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const html = await response.text();
		expect(tag(html, 'og:image'), path).toBe(image);
		expect(tag(html, 'twitter:image'), path).toBe(image);
		expect(tag(html, 'og:title'), path).not.toBe(tag(home, 'og:title'));
		expect(tag(html, 'og:description'), path).not.toBe(tag(home, 'og:description'));
		expect(html.match(/<title>([^<]*)<\/title>/)?.[1], path).not.toBe(
			home.match(/<title>([^<]*)<\/title>/)?.[1]
		);
	}
	expect(tag(await (await request.get('/layer/engagement')).text(), 'og:title')).toMatch(
		/^Events by country/
	);
	// The Japanese twin is built, and is a picture of its own (its words are Japanese: see
	// src/lib/server/japanese-pictures.test.ts).
	for (const path of ['/ja/og/layer/forums.png', '/ja/og/home.png', '/ja/og/country/kor.png']) {
		const twin = await request.get(path);
		expect(twin.status(), path).toBe(200);
		expect(twin.headers()['content-type'], path).toBe('image/png');
		const english = await request.get(path.replace('/ja/', '/'));
		expect(Buffer.compare(await twin.body(), await english.body()), path).not.toBe(0);
	}
});

test('a layer page shows its layer, and the share button gives a layer view that page', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openReady(page, '/layer/forums');
	await expect(page.getByRole('radio', { name: 'Forums' })).toBeChecked();

	await openReady(page, '/?layer=engagement&until=2014-03');
	await page.getByRole('button', { name: 'Share link' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Link to this view copied.' })
	).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(copied).pathname).toBe('/layer/engagement');
	expect(new URL(copied).search).toBe('?until=2014-03');

	const reopened = await context.newPage();
	await openReady(reopened, copied);
	await expect(reopened.getByRole('radio', { name: 'Events by country' })).toBeChecked();
	// Moving the timeline there keeps the layer's own address, as a reader would share it.
	const slider = reopened.getByRole('slider', { name: /timeline/i });
	await slider.focus();
	await reopened.keyboard.press('ArrowLeft');
	await expect(reopened).toHaveURL(/\/layer\/engagement\?until=\d{4}-\d{2}$/);
	await reopened.keyboard.press('End');
	await expect(reopened).toHaveURL(/\/layer\/engagement$/);
	// Another layer from there is the world view's address with its query.
	await slider.focus();
	await reopened.keyboard.press('Home');
	await expect(reopened).toHaveURL(/\/layer\/engagement\?until=\d{4}-\d{2}$/);
	const first = await reopened.evaluate(() => new URL(location.href).searchParams.get('until'));
	await reopened.getByRole('radio', { name: 'Abductee nationalities' }).check();
	await expect(reopened).toHaveURL(new RegExp(`/\\?until=${first}$`));
});

test('Cite, and the foot of a picture, carry the source, version, licence and credit', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openReady(page, '/country/lbn');
	await page.getByRole('button', { name: 'Cite' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' })).toBeVisible();
	const cited = await page.evaluate(() => navigator.clipboard.readText());
	expect(cited).toContain('Ministry of Foreign Affairs of Japan');
	expect(cited).toMatch(/data \d+\.\d+\.\d+, Creative Commons Attribution 4\.0 International/);
	expect(cited).toContain(
		"Mapped in “Abductions by North Korea: Japan's account of international efforts”"
	);

	const svg = (await downloaded(await saveFrom(page, /Save this view as an SVG/))).toString('utf8');
	const words = texts(svg).join(' ');
	// The dates are kept whole with no-break spaces.
	expect(words).toMatch(/This map’s data \d+\.\d+\.\d+, built \d{1,2}\s[A-Z][a-z]+\s\d{4},/);
	expect(words).toContain('Creative Commons Attribution 4.0 International');
	expect(words).toContain(
		"Credit: Abductions by North Korea: Japan's account of international efforts"
	);
});

test('each section citation links to its section on the outline page', async ({ page }) => {
	await page.goto('/country/kor');
	const ref = page.locator('a.section-ref').first();
	const href = (await ref.getAttribute('href'))!;
	expect(href).toMatch(/^\/document#section-[a-z0-9-]+$/);
	await ref.click();
	await expect(page).toHaveURL(/\/document#section-/);
	const target = page.locator(href.slice(href.indexOf('#')));
	await expect(target).toBeVisible();
	await expect(target.getByRole('heading', { level: 2 })).toBeVisible();
	await expect(target.getByRole('link', { name: /South Korea/ }).first()).toBeVisible();
	// Its opening names the publisher and the date once each, in every language.
	const opening = (await page.locator('.outline > p').first().innerText()).trim();
	expect(opening.match(/28 December 2018/g), opening).toHaveLength(1);
	expect(opening.match(/Ministry of Foreign Affairs of Japan/g), opening).toHaveLength(1);
	// In Japanese too, with a Japanese summary.
	await page.goto('/ja/document');
	await expect(page.locator('#section-1b')).toContainText('調査委員会');
	const japanese = await page.locator('.outline > p').first().innerText();
	expect(japanese.match(/2018年12月28日/g), japanese).toHaveLength(1);
});
