/**
 * Usable at first paint: the world in the page's HTML answers hover, click and keys before
 * MapLibre starts, MapLibre starts when the reader reaches to zoom or pan (or the page is idle),
 * and takes over where the static world was.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForMap } from './helpers';

/** A page that is never idle, as on a busy old computer: only a reach starts the live map. */
async function neverIdle(page: Page) {
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
}

/** Holds the live map's geometry until `release()`: started, the live map cannot draw till then. */
async function holdGeometry(page: Page) {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/geo/countries.json', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

/** Until the page's script has run, the world is links and shapes only. */
const answering = (page: Page) =>
	expect(page.locator('[data-answering] svg.static-map')).toHaveCount(1);

const liveMapStarted = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('map:start').length > 0);

test('before the live map starts, the world answers hover, click and keys', async ({ page }) => {
	await neverIdle(page);
	await page.goto('/');
	await answering(page);
	const world = page.locator('svg.static-map');
	await expect(world).toBeVisible();
	await expect(page.locator('.map-frame')).toHaveAttribute('data-map-status', 'loading');
	const tooltip = page.getByRole('tooltip');
	await world.locator('path[data-iso3="CHN"]').hover();
	await expect(tooltip).toContainText('China');
	await expect(tooltip).toContainText('Nationals possibly abducted');
	await world.locator('path[data-iso3="KAZ"]').hover();
	await expect(tooltip).toContainText('Not mentioned in the document');
	// Hovering is not a reach for zoom: the live map has still not started.
	expect(await liveMapStarted(page)).toBe(false);
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);

	await world.getByRole('link', { name: 'Japan' }).focus();
	await expect(tooltip).toContainText('Nationals abducted');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/jpn$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Japan' })).toBeVisible();
	await expect(world.locator('path.selected')).toHaveAttribute('data-iso3', 'JPN');

	await world.locator('path[data-iso3="CHN"]').click();
	await expect(page).toHaveURL(/\/country\/chn$/);
	await expect(page.getByRole('heading', { level: 1, name: 'China' })).toBeVisible();
});

test('a layer change recolours the static world, and its links keep the view', async ({ page }) => {
	await holdGeometry(page);
	await page.goto('/');
	await answering(page);
	const world = page.locator('svg.static-map');
	const japan = world.locator('path[data-iso3="JPN"]');
	const before = await japan.getAttribute('fill');
	await expect(world.locator('g.hatches path')).not.toHaveCount(0);
	await page.getByRole('radio', { name: 'Forums' }).check();
	await expect(page).toHaveURL(/layer=forums/);
	await expect(japan).not.toHaveAttribute('fill', before!);
	await expect(world).toHaveAttribute('aria-label', /^World map: /);
	await expect(world.getByRole('link', { name: 'China' })).toHaveAttribute(
		'href',
		/\/country\/chn\?.*layer=forums/
	);
});

test('a reach to zoom starts the live map, which takes over in place with the focus', async ({
	page
}) => {
	await neverIdle(page);
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

test('with nothing to wait for, the live map starts by itself once the page is idle', async ({
	page
}) => {
	await page.goto('/country/kor');
	await waitForMap(page);
	const marks = await page.evaluate(() =>
		['map:start', 'map:ready'].map((name) => performance.getEntriesByName(name)[0]!.startTime)
	);
	expect(marks[0]).toBeLessThan(marks[1]!);
	await expect(page.locator('svg.static-map')).toBeHidden();
});
