import { expect, test } from '@playwright/test';
import { coloursAround, expectColourAt, openReady, sameColour, staticScreenPoint } from './helpers';

test.use({ viewport: { width: 1024, height: 768 } });

/** A point in the middle of the slide's words: what the class sees there. */
const WORDS = { x: 200, y: 400 };

test('B and . blank the slide black, W white, and any key or click brings it back', async ({
	page
}) => {
	// A step with its words beside the map.
	await openReady(page, '/present/9');
	await expectColourAt(page, { x: 10, y: 600 }, '#ffffff', 'the slide beside its words');
	await page.keyboard.press('b');
	await expectColourAt(page, WORDS, '#000000', 'the slide blanked by B');
	await expectColourAt(page, { x: 700, y: 300 }, '#000000', 'the map blanked by B');
	// The key that wakes the screen does nothing else: the walk stays on step 9.
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('[data-blank]')).toHaveCount(0);
	await expect(page).toHaveURL(/\/present\/9$/);
	await page.keyboard.press('.');
	await expect(page.locator('[data-blank="black"]')).toHaveCount(1);
	await page.mouse.click(500, 400);
	await expect(page.locator('[data-blank]')).toHaveCount(0);
	await page.keyboard.press('W');
	await expectColourAt(page, { x: 700, y: 300 }, '#ffffff', 'the map blanked by W');
	await expectColourAt(page, { x: 512, y: 20 }, '#ffffff', 'the bar blanked by W');
	await page.keyboard.press('x');
	await expect(page.locator('[data-blank]')).toHaveCount(0);
	await expect(page).toHaveURL(/\/present\/9$/);
});

test('O and Escape show every step; a number key or Enter opens one', async ({ page }) => {
	await openReady(page, '/present/2');
	const overview = page.getByRole('dialog', { name: 'All steps' });
	await page.keyboard.press('o');
	await expect(overview.getByRole('link')).toHaveCount(10);
	await expect(overview.getByRole('link', { name: '2. The United Nations' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(overview).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(overview).toBeVisible();
	await page.keyboard.press('4');
	await expect(page).toHaveURL(/\/present\/4$/);
	await expect(overview).toHaveCount(0);
	await page.keyboard.press('0');
	await expect(page).toHaveURL(/\/present\/10$/);
	await page.keyboard.press('O');
	await expect(page.getByRole('link', { name: '10. The US Congress' })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/present\/9$/);
	await expect(page.locator('h1, h2').filter({ hasText: 'neighbours' })).toHaveCount(1);
});

test('a click on a country of the slide names and outlines it until the next click', async ({
	page
}) => {
	await openReady(page, '/present/1');
	await expect(page.locator('.figure .map .static-holder[data-answering]')).toHaveCount(1);
	const philippines = page.locator('.map-label[data-iso3="PHL"]');
	await expect(philippines).toHaveCount(0);
	const at = await staticScreenPoint(page, [121.5, 15.7], '.figure .map');
	// Black round Luzon, as the class sees it: the outline's, with the map's names set aside
	// (a name's dark letters are not an outline).
	const outlined = async () => {
		const names = page.locator('.figure .map .static-names');
		await names.evaluate((layer: HTMLElement) => (layer.style.visibility = 'hidden'));
		const colours = await coloursAround(page, at, 12);
		await names.evaluate((layer: HTMLElement) => (layer.style.visibility = ''));
		return colours.some((colour) => sameColour(colour, '#000000', 40));
	};
	expect(await outlined()).toBe(false);
	await page.mouse.click(at.x, at.y);
	await expect(philippines).toBeVisible();
	await expect(philippines).toHaveText('Philippines');
	await expect(page.locator('.figure .lesson-outline')).toHaveAttribute('data-iso3', 'PHL');
	await expect.poll(outlined, { message: 'a black outline round Luzon' }).toBe(true);
	await expect(page).toHaveURL(/\/present\/1$/);
	// The sea lets it go.
	const sea = await staticScreenPoint(page, [160, 0], '.figure .map');
	await page.mouse.click(sea.x, sea.y);
	await expect(philippines).toHaveCount(0);
	await expect(page.locator('.figure .lesson-outline')).toHaveCount(0);
	await expect.poll(outlined, { message: 'no outline once let go' }).toBe(false);
});
