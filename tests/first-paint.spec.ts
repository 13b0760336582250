/**
 * Usable at first paint: the world in the page's HTML answers hover, click and keys before
 * MapLibre starts, MapLibre starts when the reader reaches to zoom or pan (or the page is idle),
 * and takes over where the static world was.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	boxesOverlap,
	DESIGN_COLOUR,
	expectColourAt,
	expectStaticWorldTooltips,
	screenPoint,
	staticScreenPoint,
	waitForMap,
	holdGeometry
} from './helpers';
import { boxIntoFrame, type Box } from '../src/lib/map/camera/frame';

/** Until the page's script has run, the world is links and shapes only. */
const answering = (page: Page) =>
	expect(page.locator('[data-answering] svg.static-map')).toHaveCount(1);

const liveMapStarted = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('map:start').length > 0);

test('before the live map starts, the world answers hover, click and keys', async ({ page }) => {
	await page.goto('/');
	await answering(page);
	const world = page.locator('svg.static-map');
	await expect(world).toBeVisible();
	await expect(page.locator('.map-frame')).toHaveAttribute('data-map-status', 'loading');
	const tooltip = page.getByRole('tooltip');
	await world.locator('path[data-iso3="CHN"]').hover();
	await expect(tooltip).toContainText('China');
	await expect(tooltip).toContainText('Said to have been abducted (second-hand)');
	await world.locator('path[data-iso3="KAZ"]').hover();
	await expect(tooltip).toContainText('Not mentioned in the document');
	// Hovering is not a reach for zoom: the live map has still not started.
	expect(await liveMapStarted(page)).toBe(false);
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);

	await world.getByRole('link', { name: 'Japan' }).focus();
	await expect(tooltip).toContainText('Abducted (stated)');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/jpn$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Japan' })).toBeVisible();
	await expect(world.locator('path.selected')).toHaveAttribute('data-iso3', 'JPN');

	// Japan's page frames Japan with its neighbours, named: South Korea's name opens it.
	await page.locator('.static-names .map-label', { hasText: 'South Korea' }).click();
	await expect(page).toHaveURL(/\/country\/kor$/);
	await expect(page.getByRole('heading', { level: 1, name: 'South Korea' })).toBeVisible();
});

test('a layer change recolours the static world, and its links keep the view', async ({ page }) => {
	await holdGeometry(page);
	await page.goto('/');
	await answering(page);
	const world = page.locator('svg.static-map');
	// Japan as the reader sees it (an inland point of Honshu): the abductees' purple, then the
	// first forum's (the Commission of Inquiry's) teal.
	const japan = await staticScreenPoint(page, [138.3, 36.3]);
	await expectColourAt(page, japan, DESIGN_COLOUR.confirmed, 'Japan on the abductee layer');
	await expect(world.locator('g.hatches path')).not.toHaveCount(0);
	await page.getByRole('radio', { name: 'Forums' }).check();
	await expect(page).toHaveURL(/layer=forums/);
	// The answer in words is the abductee layer's alone: without it the map stands higher.
	await expect(
		page.getByRole('note', { name: 'Abductee nationalities in the document' })
	).toHaveCount(0);
	const japanNow = await staticScreenPoint(page, [138.3, 36.3]);
	await expectColourAt(page, japanNow, DESIGN_COLOUR.forumMember, 'Japan on the forums layer');
	await expect(world).toHaveAttribute('aria-label', /^World map: /);
	await expect(world.getByRole('link', { name: 'China' })).toHaveAttribute(
		'href',
		/\/country\/chn\?.*layer=forums/
	);
});

test('a reach to zoom starts the live map, which takes over in place with the focus', async ({
	page
}) => {
	const release = await holdGeometry(page);
	await page.goto('/');
	await answering(page);
	const world = page.locator('svg.static-map');
	await world.getByRole('link', { name: 'South Korea' }).focus();
	expect(await liveMapStarted(page)).toBe(false);
	await page.keyboard.press('+');
	await expect.poll(() => liveMapStarted(page)).toBe(true);
	await expect(page.getByText('Loading the map…')).toBeVisible();
	release();
	await waitForMap(page);
	await expect(world).toBeHidden();
	await expect(page.locator('canvas.maplibregl-canvas')).toBeFocused();
});

test('a click opens a country without starting the live map; a drag starts it', async ({
	page
}) => {
	await page.goto('/');
	await answering(page);
	const world = page.locator('svg.static-map');
	await world.locator('path[data-iso3="CHN"]').click();
	await expect(page.getByRole('heading', { level: 1, name: 'China' })).toBeVisible();
	// The click opened the page; the live map's start-up did not get in its way.
	expect(await liveMapStarted(page)).toBe(false);
	const box = (await page.locator('.map-frame').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 10, { steps: 4 });
	await page.mouse.up();
	await expect.poll(() => liveMapStarted(page)).toBe(true);
});

test('the home page’s world is coarse; a country opened from it is drawn in full, keeping the focus', async ({
	page,
	request
}) => {
	const koreaIn = async (path: string) => {
		const html = await (await request.get(path)).text();
		return /<path d="([^"]+)"[^>]*data-iso3="KOR"/.exec(html)![1]!;
	};
	const [coarse, full] = [await koreaIn('/'), await koreaIn('/country/kor')];
	// Whole units on the home page, tenths on the country's own.
	expect(coarse.length).toBeLessThan(full.length * 0.7);
	await page.goto('/');
	await answering(page);
	const world = page.locator('svg.static-map');
	await expect(world).toHaveAttribute('data-fine-within', '0 0 0 0');
	// The full world waits until the click has opened the page, so the swap is seen to keep the focus.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/geo/world-map.svg', async (route) => (await held, route.continue()));
	await world.locator('path[data-iso3="KOR"]').click();
	await expect(page.getByRole('heading', { level: 1, name: 'South Korea' })).toBeVisible();
	const focused = () =>
		page.evaluate(() =>
			document.activeElement?.querySelector('[data-iso3]')?.getAttribute('data-iso3')
		);
	expect(await focused()).toBe('KOR');
	release();
	await expect(world.locator('path[data-iso3="KOR"]').first()).toHaveAttribute('d', full);
	await expect(world).not.toHaveAttribute('data-fine-within');
	expect(await focused()).toBe('KOR');
});

test('a country’s page shows the country framed and named before the live map, which takes over in the same place', async ({
	page
}) => {
	await page.goto('/country/kor');
	await answering(page);
	const frame = (await page.locator('.map-frame').boundingBox())!;
	// Seoul and Busan, in the static world: near the middle of the map, the country framed.
	const seoul = await staticScreenPoint(page, [127, 37.55]);
	const busan = await staticScreenPoint(page, [129.05, 35.1]);
	expect(Math.abs(seoul.x - (frame.x + frame.width / 2))).toBeLessThan(frame.width / 4);
	expect(busan.y - seoul.y).toBeGreaterThan(frame.height / 10);
	// Japan and both Koreas are named on the static world, inside the frame.
	for (const name of ['South Korea', 'North Korea', 'Japan']) {
		const label = page.locator('.static-names .map-label', { hasText: name });
		await expect(label).toBeVisible();
		const box = (await label.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(frame.x);
		expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
	}
	expect(await liveMapStarted(page)).toBe(false);

	await waitForMap(page);
	await expect(page.locator('svg.static-map')).toBeHidden();
	const canvas = (await page.locator('.map canvas').boundingBox())!;
	const live = await page.evaluate(
		(places) =>
			places.map((at) =>
				(
					window as unknown as {
						dashboardMap: { project(p: [number, number]): { x: number; y: number } };
					}
				).dashboardMap.project(at)
			),
		[
			[127, 37.55],
			[129.05, 35.1]
		] as [number, number][]
	);
	// The live map drew Seoul and Busan where the static world had them: nothing moved.
	for (const [i, before] of [seoul, busan].entries()) {
		expect(Math.abs(canvas.x + live[i]!.x - before.x)).toBeLessThan(2);
		expect(Math.abs(canvas.y + live[i]!.y - before.y)).toBeLessThan(2);
	}
});

/** The countries whose nationals the document names, and North Korea: what `/` may name. */
const DOCUMENT_NAMED = ['JPN', 'KOR', 'PRK', 'THA', 'ROU', 'LBN', 'CHN', 'USA'];

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`at ${viewport.width}x${viewport.height} the world before the live map names Japan, the Koreas and the other nationalities, none cut or touching`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		await answering(page);
		const frame = (await page.locator('.map-frame').boundingBox())!;
		const names = page.locator('.static-names .map-label:not([hidden])');
		// Japan and the Koreas always; the other nationalities the layer shows where they fit.
		await expect
			.poll(async () => (await names.evaluateAll((ls) => ls.map((l) => l.dataset.iso3))).sort())
			.toEqual(expect.arrayContaining(['JPN', 'KOR', 'PRK']));
		const shown = await names.evaluateAll((ls) => ls.map((l) => l.dataset.iso3!));
		expect(
			shown.every((iso3) => DOCUMENT_NAMED.includes(iso3)),
			shown.join(' ')
		).toBe(true);
		const boxes = await names.evaluateAll((labels) =>
			labels.map((label) => {
				const r = label.getBoundingClientRect();
				return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
			})
		);
		for (const box of boxes) {
			expect(box.left).toBeGreaterThanOrEqual(frame.x);
			expect(box.right).toBeLessThanOrEqual(frame.x + frame.width);
			expect(box.top).toBeGreaterThanOrEqual(frame.y);
			expect(box.bottom).toBeLessThanOrEqual(frame.y + frame.height);
		}
		for (const [i, a] of boxes.entries())
			for (const b of boxes.slice(i + 1))
				expect(
					a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
					'two names touch'
				).toBe(false);
		// Each name set out over the sea has its leader line to its country: at least the Koreas'.
		expect(await page.locator('svg.static-map g.leaders path').count()).toBeGreaterThanOrEqual(2);
	});
}

test('the names are placed in a worker, and where it cannot run, by the page in the same places', async ({
	browser
}) => {
	const placedNames = async (blockWorker: boolean) => {
		const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
		const page = await context.newPage();
		const workerScripts: string[] = [];
		await page.route('**/names.worker*.js', (route) => {
			workerScripts.push(route.request().url());
			return blockWorker ? route.abort() : route.continue();
		});
		await page.goto('/present/2');
		const names = page.locator('.static-names .map-label:not([hidden])');
		// Step 2's words name Japan and North Korea (the EU's members are context, not named).
		await expect(names).toHaveCount(2);
		const placed = await names.evaluateAll((labels) =>
			labels.map((label) => `${label.textContent} ${label.style.left} ${label.style.top}`)
		);
		await context.close();
		return { placed, workerScripts };
	};
	const inWorker = await placedNames(false);
	expect(inWorker.workerScripts, 'the names’ worker was never asked for').toHaveLength(1);
	const onPage = await placedNames(true);
	expect(onPage.workerScripts).toHaveLength(1);
	expect(onPage.placed).toEqual(inWorker.placed);
});

test('before the page’s script has run, the world shows the map’s tooltip, and its countries open', async ({
	page
}) => {
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
	});
	// The page's scripts never come: what answers is the HTML's own.
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	await page.goto('/');
	await expectStaticWorldTooltips(page);
	const world = page.locator('svg.static-map');
	const tooltip = page.getByRole('tooltip');
	await world.getByRole('link', { name: 'Japan' }).focus();
	await expect(tooltip).toContainText('Abducted (stated)');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/jpn$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Japan' })).toBeVisible();
	expect(refused).toEqual([]);
});

test('the page’s script takes the first tooltip over where it stands', async ({ page }) => {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		await released;
		await route.continue();
	});
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/');
	const tooltip = page.getByRole('tooltip');
	const china = page.locator('svg.static-map path[data-iso3="CHN"]');
	await china.hover();
	await expect(tooltip).toContainText('China');
	const early = (await tooltip.boundingBox())!;
	// The world was framed clear of the legend before it was first drawn, as the script frames it.
	const drawn = (await china.boundingBox())!;
	release();
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	const framed = (await china.boundingBox())!;
	for (const side of ['x', 'y', 'width', 'height'] as const)
		expect(Math.abs(framed[side] - drawn[side]), `China's ${side} moved`).toBeLessThanOrEqual(1);
	await expect(page.locator('[data-early-tip]')).toHaveCount(0);
	await expect(tooltip).toHaveCount(1);
	await expect(tooltip).toContainText('Said to have been abducted (second-hand)');
	const taken = (await tooltip.boundingBox())!;
	expect(Math.abs(taken.x - early.x)).toBeLessThanOrEqual(1);
	expect(Math.abs(taken.y - early.y)).toBeLessThanOrEqual(1);
});

/** A country's box (its `data-bbox`, as the camera frames it) on screen, on the static world or the live map. */
async function countryBoxOnScreen(page: Page, iso3: string, live: boolean) {
	const bbox = await page
		.locator(`svg.static-map path[data-iso3="${iso3}"]`)
		.first()
		.getAttribute('data-bbox');
	const [west, south, east, north] = boxIntoFrame(bbox!.split(' ').map(Number) as Box);
	// The live map wraps its centre into ±180°: the box is measured on the copy nearest it.
	const centre = live
		? await page.evaluate(
				() =>
					(
						window as unknown as { dashboardMap: { getCenter(): { lng: number } } }
					).dashboardMap.getCenter().lng
			)
		: (west + east) / 2;
	const shift = 360 * Math.round((centre - (west + east) / 2) / 360);
	const corners: [number, number][] = [
		[west + shift, north],
		[east + shift, south]
	];
	const [topLeft, bottomRight] = await Promise.all(
		corners.map((at) => (live ? screenPoint(page, at) : staticScreenPoint(page, at)))
	);
	return {
		x: topLeft!.x,
		y: topLeft!.y,
		width: bottomRight!.x - topLeft!.x,
		height: bottomRight!.y - topLeft!.y
	};
}

/** What lies under the legend of a country's page: nothing of the country's box and name. */
async function clearOfLegend(page: Page, iso3: string, which: 'static' | 'live') {
	const legend = (await page.locator('.legend-overlay').boundingBox())!;
	const country = await countryBoxOnScreen(page, iso3, which === 'live');
	const label = page.locator(
		`${which === 'live' ? '.map' : '.static-names'} .map-label[data-iso3="${iso3}"]`
	);
	await expect(label).toBeVisible();
	const name = (await label.boundingBox())!;
	expect(
		boxesOverlap(country, legend),
		`${which} map: ${iso3}'s box ${JSON.stringify(country)} under the legend ${JSON.stringify(legend)}`
	).toBe(false);
	expect(
		boxesOverlap(name, legend),
		`${which} map: ${iso3}'s name ${JSON.stringify(name)} under the legend ${JSON.stringify(legend)}`
	).toBe(false);
}

for (const { width, height, iso3 } of [
	{ width: 1024, height: 768, iso3: 'USA' },
	{ width: 1280, height: 800, iso3: 'JPN' }
]) {
	test(`at ${width}x${height} a country’s page frames ${iso3} and its name clear of the legend, from first paint to the live map`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		const path = `/country/${iso3.toLowerCase()}`;
		// Before the page's script (its code held back, its styles not): the first answer's script
		// frames the country for the map's size.
		const code = /\/_app\/immutable\/.*\.js$/;
		await page.route(code, (route) => route.abort());
		await page.goto(path);
		const legend = (await page.locator('.legend-overlay').boundingBox())!;
		const before = await countryBoxOnScreen(page, iso3, false);
		expect(
			boxesOverlap(before, legend),
			`before the script: ${JSON.stringify(before)} under ${JSON.stringify(legend)}`
		).toBe(false);
		await page.unroute(code);

		await page.goto(path);
		await answering(page);
		await clearOfLegend(page, iso3, 'static');
		// The page's script frames it where the first answer's had: nothing moved.
		const framed = await countryBoxOnScreen(page, iso3, false);
		expect(Math.abs(framed.x - before.x) + Math.abs(framed.y - before.y)).toBeLessThan(2);
		await waitForMap(page);
		await clearOfLegend(page, iso3, 'live');
		const live = await countryBoxOnScreen(page, iso3, true);
		expect(Math.abs(live.x - framed.x) + Math.abs(live.width - framed.width)).toBeLessThan(2);
	});
}
