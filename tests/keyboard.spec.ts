/**
 * The map under the keyboard: the world in the page is one Tab stop, the arrows walk its countries
 * (the view's countries first, in the document's order, then the rest by place) on the world in
 * the page and on the live map alike, Enter opens a country with focus on its heading, and Escape
 * brings focus back to the same country on the map.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForMap } from './helpers';

/** Until the page's script has run, the world is links and shapes only. */
const answering = (page: Page) =>
	expect(page.locator('[data-answering] svg.static-map')).toHaveCount(1);

/** The country (or element) that has the keyboard's focus. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const active = document.activeElement;
		const country = active?.closest('.static-holder a')?.querySelector('[data-iso3]');
		return country?.getAttribute('data-iso3') ?? active?.tagName ?? '';
	});

// The abductee layer is about Japan, North Korea, South Korea, Thailand, Romania, Lebanon and
// China, which the document names in that order.
const FIRST_FOUR = ['JPN', 'PRK', 'KOR', 'THA'];

test('Tab reaches Play in a few presses: the world is one stop on the way', async ({ page }) => {
	await page.goto('/');
	await answering(page);
	const play = page.getByRole('button', { name: /Play/ });
	let presses = 0;
	let onMap = 0;
	while (presses < 80) {
		await page.keyboard.press('Tab');
		presses += 1;
		if (await play.evaluate((button) => button === document.activeElement)) break;
		if (await page.evaluate(() => !!document.activeElement?.closest('.static-holder'))) onMap += 1;
	}
	expect(onMap, 'Tab stops on the map').toBe(1);
	expect(presses, 'Tab presses from load to Play').toBeLessThanOrEqual(25);
});

test('the arrows walk the view’s countries first; Enter opens one, Escape comes back to it', async ({
	page
}) => {
	await page.goto('/');
	await answering(page);
	await page.locator('svg.static-map a[tabindex="0"]').focus();
	expect(await focused(page)).toBe(FIRST_FOUR[0]);
	for (const iso3 of FIRST_FOUR.slice(1)) {
		await page.keyboard.press('ArrowRight');
		expect(await focused(page)).toBe(iso3);
	}
	await page.keyboard.press('ArrowLeft');
	expect(await focused(page)).toBe('KOR');
	await expect(page.getByRole('tooltip')).toContainText('South Korea');
	// A screen reader hears what the tooltip shows, not the name alone.
	await expect(page.locator(':focus')).toHaveAccessibleName(
		/^South Korea\. Abducted \(stated\)\. \d+ dated events/
	);
	await page.keyboard.press('Enter');
	const heading = page.getByRole('heading', { level: 1, name: 'South Korea' });
	await expect(heading).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	await expect.poll(() => focused(page)).toBe('KOR');
	// Still one Tab stop, now on South Korea: Shift+Tab and Tab come back to it.
	await expect(page.locator('svg.static-map a[tabindex="0"]')).toHaveCount(1);
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	expect(await focused(page)).toBe('KOR');
});

test('the live map walks in the same order, and Escape returns to the country on it', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	const canvas = page.locator('.map canvas');
	await canvas.focus();
	const tooltip = page.getByRole('tooltip').locator('strong');
	for (const name of ['Japan', 'North Korea', 'South Korea', 'Thailand']) {
		await page.keyboard.press('ArrowRight');
		await expect(tooltip).toHaveText(name);
	}
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Thailand' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	await expect(canvas).toBeFocused();
	await expect(tooltip).toHaveText('Thailand');
});
