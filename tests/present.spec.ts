import { expect, test, type Page } from '@playwright/test';
import { disableWebGL, screenPoint, waitForMap } from './helpers';

const counter = (page: Page) => page.locator('.counter');

async function totalSteps(page: Page) {
	const text = (await counter(page).textContent()) ?? '';
	return Number(text.match(/of (\d+)/)![1]);
}

test('/present starts at step 1 and the keys walk every step', async ({ page }) => {
	await page.goto('/present');
	await expect(page).toHaveURL(/\/present\/1$/);
	await expect(counter(page)).toHaveText(/^Step 1 of \d+$/);
	const total = await totalSteps(page);
	expect(total).toBeGreaterThanOrEqual(6);
	const headlines = new Set<string>();
	for (let n = 1; n <= total; n++) {
		await expect(counter(page)).toHaveText(`Step ${n} of ${total}`);
		await expect(page).toHaveURL(new RegExp(`/present/${n}$`));
		headlines.add((await page.getByRole('heading', { level: 1 }).textContent())!);
		// Alternate the keys clickers send.
		await page.keyboard.press(['ArrowRight', 'PageDown', ' '][n % 3]!);
	}
	expect(headlines.size).toBe(total);
	await expect(counter(page)).toHaveText(`Step ${total} of ${total}`); // stays at the end
	await page.keyboard.press('PageUp');
	await expect(counter(page)).toHaveText(`Step ${total - 1} of ${total}`);
	await page.keyboard.press('ArrowLeft');
	await expect(counter(page)).toHaveText(`Step ${total - 2} of ${total}`);
	await page.keyboard.press('Home');
	await expect(counter(page)).toHaveText(`Step 1 of ${total}`);
	await page.keyboard.press('End');
	await expect(counter(page)).toHaveText(`Step ${total} of ${total}`);
});

test('F puts the classroom into full screen and takes it out again', async ({ page }) => {
	await page.goto('/present/2');
	await waitForMap(page); // the keys work once the page has hydrated
	const fullscreen = () => page.evaluate(() => document.fullscreenElement?.tagName ?? null);
	expect(await fullscreen()).toBeNull();
	await page.keyboard.press('f');
	await expect.poll(fullscreen).toBe('HTML');
	await expect(counter(page)).toHaveText(/^Step 2 of/); // F does not move the walk
	await page.keyboard.press('F');
	await expect.poll(fullscreen).toBeNull();
});

test('a deep link opens its step with the map coloured for it', async ({ page }) => {
	await page.goto('/present/5');
	await expect(counter(page)).toHaveText(/^Step 5 of/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summits of many nations');
	await waitForMap(page);
	const paint = await page.evaluate(() =>
		JSON.stringify(
			(
				window as unknown as { dashboardMap: { getPaintProperty(l: string, p: string): unknown } }
			).dashboardMap.getPaintProperty('countries-fill', 'fill-color')
		)
	);
	expect(paint).toContain('ITA'); // the G7, this step's forum
	expect((await page.goto('/present/99'))?.status()).toBe(404);
});

for (const viewport of [
	{ width: 1024, height: 768 },
	{ width: 1920, height: 1080 }
]) {
	test(`readable and without sideways scrolling at ${viewport.width}x${viewport.height}`, async ({
		page
	}) => {
		// Every step, each drawing its map: a budget for all of them, not a limit on any one.
		test.setTimeout(180_000);
		await page.setViewportSize(viewport);
		await page.goto('/present/1');
		await waitForMap(page);
		const total = await totalSteps(page);
		for (let n = 1; n <= total; n++) {
			await page.goto(`/present/${n}`);
			await expect(counter(page)).toHaveText(`Step ${n} of ${total}`);
			const report = await page.evaluate(() => {
				const small: string[] = [];
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const element = node.parentElement!;
					if (!node.textContent!.trim()) continue;
					const rect = element.getBoundingClientRect();
					const style = getComputedStyle(element);
					const visible =
						rect.width > 1 &&
						rect.height > 1 &&
						style.visibility !== 'hidden' &&
						style.display !== 'none' &&
						element.closest('.visually-hidden') === null;
					if (visible && parseFloat(style.fontSize) < 20)
						small.push(`${style.fontSize} "${node.textContent!.trim().slice(0, 40)}"`);
				}
				return { small, overflow: document.documentElement.scrollWidth - innerWidth };
			});
			expect(report.small, `step ${n}`).toEqual([]);
			expect(report.overflow, `step ${n}`).toBeLessThanOrEqual(0);
			// The map's names sit wholly inside the map: none cut by its edge.
			await waitForMap(page);
			const labels = await page.evaluate(() => {
				const map = document.querySelector('.map')!.getBoundingClientRect();
				const shown = [...document.querySelectorAll<HTMLElement>('.map-label')].filter(
					(label) => !label.hidden
				);
				const cut = shown.filter((label) => {
					const r = label.getBoundingClientRect();
					return (
						r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom
					);
				});
				return { shown: shown.length, cut: cut.map((label) => label.textContent) };
			});
			expect(labels.shown, `step ${n}: names on the map`).toBeGreaterThan(0);
			expect(labels.cut, `step ${n}: names cut by the map's edge`).toEqual([]);
		}
	});
}

test('without WebGL the step shows over a static map', async ({ page }) => {
	await disableWebGL(page);
	await page.goto('/present/3');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Commission of Inquiry');
	const svg = page.locator('svg.static-map');
	await expect(svg).toBeVisible({ timeout: 15_000 });
	await expect(page.getByText(/interactive map is unavailable/)).toBeVisible();
	// Thailand, visited by the Commission, is filled with the forum's colour in the static map.
	await expect(svg.getByRole('button', { name: 'Thailand' })).toHaveAttribute('fill', '#01665e');
});

test('the handout has one sheet per step, each with its map and points', async ({ page }) => {
	await page.goto('/present/1');
	const total = await totalSteps(page);
	await page.getByRole('link', { name: 'Handout' }).click();
	await expect(page).toHaveURL(/\/present\/handout$/);
	const sheets = page.locator('section.sheet');
	await expect(sheets).toHaveCount(total);
	await expect(page.locator('svg.static-map')).toHaveCount(total);
	for (let i = 0; i < total; i++) {
		await expect(sheets.nth(i).getByRole('listitem').first()).toBeVisible();
	}
	await page.emulateMedia({ media: 'print' });
	await expect(sheets.first()).toHaveCSS('break-after', 'page');
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});

test('the classroom map is a picture: no tab stop, no hover, no selection, the keys stay the walk', async ({
	page
}) => {
	await page.goto('/present/2');
	await waitForMap(page);
	const canvas = page.locator('.map canvas');
	await expect(canvas).toHaveAttribute('tabindex', '-1');
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(0);
	// Japan is named at every step; over it the explorer would show a tooltip and open it on click.
	const { x, y } = await screenPoint(page, [138.5, 36.5]);
	await page.mouse.move(x - 3, y - 3);
	await page.mouse.move(x, y, { steps: 3 });
	const hovered = () =>
		page.evaluate(
			() =>
				(
					window as unknown as {
						dashboardMap: { getFeatureState(f: object): Record<string, unknown> };
					}
				).dashboardMap.getFeatureState({ source: 'countries', id: 'JPN' }).hover ?? false
		);
	expect(await hovered()).toBe(false);
	await expect(page.getByRole('tooltip')).toHaveCount(0);
	await page.mouse.click(x, y);
	// Had the click opened Japan, the walk's counter would be gone and the key would do nothing.
	await page.keyboard.press('ArrowRight');
	await expect(counter(page)).toHaveText(/^Step 3 of/);
	await expect(page).toHaveURL(/\/present\/3$/);
});

test('the handout downloads the static world once for all its maps, drawn as pictures', async ({
	page
}) => {
	const worldRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('/geo/world-svg.json')) worldRequests.push(request.url());
	});
	await page.goto('/present/handout');
	const maps = page.locator('svg.static-map');
	await expect(maps).toHaveCount(await page.locator('section.sheet').count());
	expect(worldRequests).toHaveLength(1);
	// A printed sheet has nothing to press: its countries are not buttons or tab stops.
	await expect(maps.first().getByRole('button')).toHaveCount(0);
	await expect(maps.first().locator('[tabindex]')).toHaveCount(0);
	await expect(maps.first().locator('path[fill="url(#static-hatch)"]').first()).toBeAttached();
	await expect(maps.first().locator('pattern#static-hatch > rect')).toBeAttached();
});
