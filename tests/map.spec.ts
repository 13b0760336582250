import { expect, test } from '@playwright/test';
import { WORLD_FRAME } from '../src/lib/map/camera/frame';
import {
	DESIGN_COLOUR,
	disableWebGL,
	expectColourAt,
	expectStaticWorldTooltips,
	hoverAt,
	openReady,
	screenPoint,
	staticScreenPoint,
	waitForMap,
	watch
} from './helpers';

const TOKYO: [number, number] = [139.7, 36.2];
const BEIRUT_AREA: [number, number] = [35.9, 33.9];
/** Inland points, clear of borders and of the names' leader lines at world zoom. */
const HONSHU: [number, number] = [138.3, 36.3];
const NORTH_KOREA: [number, number] = [126, 40];
const COLOURED = [
	['Japan', HONSHU, DESIGN_COLOUR.confirmed],
	['North Korea', NORTH_KOREA, DESIGN_COLOUR.responsible]
] as const;

test('the map draws the dataset and nothing leaves the host', async ({ page }) => {
	const seen = watch(page);
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	// Before the live map, the world in the page's HTML: Japan in the "abducted" purple, North
	// Korea in its own hue.
	const staticWorld = page.locator('svg.static-map');
	await expect(staticWorld).toBeVisible();
	for (const [what, at, colour] of COLOURED) {
		await expectColourAt(
			page,
			await staticScreenPoint(page, at),
			colour,
			`${what} in the page's world`
		);
	}
	await waitForMap(page);
	await expect(page.locator('[data-map-status="ready"]')).toBeVisible();
	// The live map has replaced it: the same colours, now on the canvas.
	await expect(staticWorld).toBeHidden();
	for (const [what, at, colour] of COLOURED) {
		await expectColourAt(page, await screenPoint(page, at), colour, `${what} on the live map`);
	}
	expect(seen.problems).toEqual([]);
	expect(seen.offHost).toEqual([]);
});

test('the legend names every status and North Korea', async ({ page }) => {
	await page.goto('/');
	const legend = page.getByRole('figure').filter({ hasText: 'Abductee nationalities' });
	await expect(legend).toBeVisible();
	const items = (await legend.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
	expect(items).toEqual([
		'Abducted (stated)',
		// A label's own bracket takes the pattern's note: never "(testimony) (hatched)".
		'May have been abducted (returnees’ testimony, hatched)',
		'Said to have been abducted (second-hand, cross-hatched)',
		'One citizen possibly abducted (per a House resolution, hatched)',
		'No abductions named',
		'North Korea (the state responsible)'
	]);
});

test('the legend folds away from the map and back, keyboard first', async ({ page }) => {
	await openReady(page, '/');
	const legend = page.getByRole('figure').filter({ hasText: 'Abductee nationalities' });
	const toggle = legend.getByRole('button', { name: 'Hide the legend' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(legend.getByRole('listitem')).toHaveCount(0);
	const show = legend.getByRole('button', { name: 'Show the legend' });
	await expect(show).toHaveAttribute('aria-expanded', 'false');
	await expect(show).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(legend.getByRole('listitem')).toHaveCount(6);
});

test('the picture shown before the map lies exactly under the map it gives way to', async ({
	page
}) => {
	const [[west, south], [east, north]] = WORLD_FRAME;
	const corners = (point: (at: [number, number]) => Promise<{ x: number; y: number }>) =>
		Promise.all([point([west, north]), point([east, south])]);
	await page.goto('/');
	// Once the page's script has framed the picture beside the legend.
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	const picture = await corners((at) => staticScreenPoint(page, at));
	await waitForMap(page);
	const map = await corners((at) => screenPoint(page, at));
	for (const [i, corner] of picture.entries()) {
		expect(corner.x, `corner ${i}`).toBeCloseTo(map[i]!.x, -0.5);
		expect(corner.y, `corner ${i}`).toBeCloseTo(map[i]!.y, -0.5);
	}
});

test('an event names its countries and forums as readable text', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('#event-us-house-resolution-2016-09')).toContainText(
		'Countries: United States, Japan, China, South Korea · Forums: US Congress'
	);
	await expect(page.locator('#event-japan-russia-summit-2018-09')).toContainText(
		'Countries: Japan, Russia Where:'
	);
});

test('hovering Japan shows its name, status and event count', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const tooltip = await hoverAt(page, TOKYO);
	await expect(tooltip).toContainText('Japan');
	await expect(tooltip).toContainText('Abducted (stated)');
	await expect(tooltip).toContainText(/\d+ dated events/);
	await page.mouse.move(5, 400);
	await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('clicking a country opens its panel and puts it in the URL', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const { x, y } = await screenPoint(page, TOKYO);
	await page.mouse.click(x, y);
	await expect(page).toHaveURL(/\/country\/jpn$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Japan' })).toBeVisible();
	await expect(page.getByText('Events naming Japan')).toBeVisible();
});

test('Lebanon can be hovered and clicked at world zoom', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const tooltip = await hoverAt(page, BEIRUT_AREA);
	await expect(tooltip).toContainText('Lebanon');
	const { x, y } = await screenPoint(page, BEIRUT_AREA);
	await page.mouse.click(x, y);
	await expect(page).toHaveURL(/\/country\/lbn$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Lebanon' })).toBeVisible();
});

for (const viewport of [
	{ width: 1024, height: 768 },
	{ width: 1920, height: 1080 }
]) {
	test(`no sideways scrolling at ${viewport.width}x${viewport.height}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		await waitForMap(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const mapBox = await page.locator('.map canvas').boundingBox();
		expect(mapBox!.width).toBeGreaterThan(viewport.width * 0.5);
	});
}

test('without WebGL the home page shows a static, clickable map, and says so when the reader reaches to zoom', async ({
	page
}) => {
	await disableWebGL(page);
	await openReady(page, '/');
	await expect(page.locator('svg.static-map')).toBeVisible({ timeout: 15_000 });
	await page.locator('.map-frame').dispatchEvent('wheel');
	// Why, in the reader's words: not the engine's English message and its links.
	await expect(page.locator('.map-notice')).toHaveText(
		'The interactive map is unavailable here (this browser cannot draw its graphics: WebGL 2 is off or missing); this is a static map of the same data.'
	);
	// The same tooltip as on the live map, for the pointer and for the keyboard.
	await expectStaticWorldTooltips(page);
	const staticMap = page.locator('svg.static-map');
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toHaveCount(0);
	await staticMap.getByRole('link', { name: 'Japan' }).focus();
	await expect(tooltip).toContainText('Abducted (stated)');
	await staticMap.getByRole('link', { name: 'Lebanon' }).click();
	await expect(page).toHaveURL(/\/country\/lbn$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Lebanon' })).toBeVisible();
});

test('without WebGL a Japanese page says why in Japanese', async ({ page }) => {
	await disableWebGL(page);
	await openReady(page, '/ja');
	await page.locator('.map-frame').dispatchEvent('wheel');
	await expect(page.locator('.map-notice')).toContainText(
		'（このブラウザーでは地図の描画に必要なWebGL 2が使えないため）'
	);
	await expect(page.locator('.map-notice')).not.toContainText(/required|https?:/);
});

test('a map slow to start offers the static map, which then replaces it for good', async ({
	page
}) => {
	// The fake clock is installed and paused before the page exists, so the page's timer starts
	// on it and only the test moves it: a slow machine's real seconds do not count.
	// (Installed, the clock runs until paused; pausing an hour on leaves room for a slow machine.)
	const start = new Date('2026-01-05T09:00:00Z').getTime();
	await page.clock.install({ time: start });
	await page.clock.pauseAt(start + 3_600_000);
	// MapLibre's worker never arrives, as on a stalled network: the map exists but never loads.
	await page.route('**/maplibre-gl-worker*', () => {});
	await page.goto('/');
	// The page waits for its next frame (50 ms at most) before it hydrates (hooks.client.ts). Its
	// script may start after the load event (its styles are in the page), so the clock moves on
	// until it has.
	await expect
		.poll(async () => {
			await page.clock.runFor(100);
			return page.locator('[data-answering]').count();
		})
		.toBe(1);
	await page.locator('.map-frame').dispatchEvent('wheel');
	const notice = page.locator('.map-notice[role="status"]');
	await expect(notice).toHaveText('Loading the map…');
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
	await page.clock.fastForward(14_000);
	await expect(notice).toHaveText('Loading the map…');
	await page.clock.fastForward(2_000);
	await expect(notice).toContainText('taking a long time');
	await page.clock.resume(); // time flows again, as navigation needs it
	await page.getByRole('button', { name: 'Show a static map instead' }).click();
	await expect(page.locator('svg.static-map')).toBeVisible();
	const fallbackNotice = page.getByText(/unavailable here \(it was slow to start\)/);
	await expect(fallbackNotice).toBeFocused();
	// The live map is gone: no canvas, no zoom buttons over the static map, nothing to tab to.
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
	await page.locator('svg.static-map').getByRole('link', { name: 'China' }).click();
	await expect(page).toHaveURL(/\/country\/chn$/);
	await expect(page.locator('svg.static-map')).toBeVisible();
});

for (const width of [320, 1024, 3840]) {
	test(`the layout holds from phone to 4K: ${width}px wide, no sideways scroll, panel text inside`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: width === 3840 ? 2160 : 800 });
		for (const path of ['/', '/country/usa', '/table']) {
			await page.goto(path);
			const report = await page.evaluate(() => ({
				page: document.documentElement.scrollWidth - innerWidth,
				panel: (() => {
					const panel = document.querySelector('.panel');
					return panel ? panel.scrollWidth - panel.clientWidth : 0;
				})()
			}));
			expect(report, path).toEqual({ page: 0, panel: 0 });
		}
	});
}

test('printing the map page prints the static world, not the canvas', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await expect(page.locator('svg.static-map')).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('svg.static-map')).toBeVisible();
	await expect(page.locator('.map canvas')).toBeHidden();
});
