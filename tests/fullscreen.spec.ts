import { expect, test } from '@playwright/test';

const fullscreenElementClass = () => document.fullscreenElement?.className ?? null;
/** Two frames: long enough for a full-screen request, had one been made, to have taken effect. */
const twoFrames = () =>
	new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

test('F and the button put the map and its panel in full screen; Escape leaves', async ({
	page
}) => {
	await page.goto('/country/kor');
	const enter = page.getByRole('button', { name: 'Full screen', exact: true });
	await expect(enter).toBeVisible();

	await page.locator('body').press('f');
	await expect.poll(() => page.evaluate(fullscreenElementClass)).toMatch(/\bexplorer\b/);
	const leave = page.getByRole('button', { name: 'Leave full screen' });
	await expect(leave).toBeVisible();
	// The panel comes along; the site's header does not.
	await expect(page.getByRole('heading', { level: 1, name: 'South Korea' })).toBeVisible();

	// Escape leaves full screen only: the country stays open.
	await page.keyboard.press('Escape');
	await expect.poll(() => page.evaluate(fullscreenElementClass)).toBeNull();
	await expect(page).toHaveURL(/\/country\/kor$/);
	await expect(enter).toBeVisible();

	await enter.click();
	await expect.poll(() => page.evaluate(fullscreenElementClass)).toMatch(/\bexplorer\b/);
	await leave.click();
	await expect.poll(() => page.evaluate(fullscreenElementClass)).toBeNull();
});

test('typing an F in the search field types it', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Full screen', exact: true })).toBeVisible();
	const search = page.getByRole('combobox');
	await search.click();
	await page.keyboard.type('Fra');
	await expect(search).toHaveValue('Fra');
	await expect(page.getByRole('option', { name: /France/ })).toBeVisible();
	await page.evaluate(twoFrames);
	expect(await page.evaluate(fullscreenElementClass)).toBeNull();
});

test('without the Fullscreen API there is no button and F does nothing', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false });
	});
	await page.goto('/');
	// The Embed button is there, so the map's tools have been drawn.
	await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
	await expect(page.getByRole('button', { name: /full screen/i })).toHaveCount(0);
	await page.locator('body').press('f');
	await page.evaluate(twoFrames);
	expect(await page.evaluate(fullscreenElementClass)).toBeNull();
});
