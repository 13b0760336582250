/**
 * The takeover under the hand: the wheel turn that starts the live map is not lost (the map zooms
 * once drawn), the loading notice leaves the legend readable, and on a phone a tapped country's
 * tooltip stands wholly on the screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { boxesOverlap, holdGeometry, sameColour, staticScreenPoint, waitForMap } from './helpers';

const answering = (page: Page) =>
	expect(page.locator('[data-answering] svg.static-map')).toHaveCount(1);

const zoomOf = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { dashboardMap?: { getZoom(): number } }).dashboardMap?.getZoom() ?? -1
	);

test('the first wheel turn zooms the live map it starts, and the notice spares the legend', async ({
	page,
	context
}) => {
	// The zoom the live map starts at, started without a turn (waitForMap's wheel does not turn).
	const unturned = await context.newPage();
	await unturned.goto('/');
	await waitForMap(unturned);
	const startZoom = await zoomOf(unturned);
	await unturned.close();

	const release = await holdGeometry(page);
	await page.goto('/');
	await answering(page);
	const japan = await staticScreenPoint(page, [138.3, 36.3]);
	await page.mouse.move(japan.x, japan.y);
	await page.mouse.wheel(0, -100);
	const notice = page.locator('.map-notice[role="status"]');
	await expect(notice).toHaveText('Loading the map…');
	const legend = (await page.locator('.legend-overlay').boundingBox())!;
	const said = (await notice.boundingBox())!;
	expect(boxesOverlap(said, legend), 'the loading notice over the legend').toBe(false);
	release();
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0);
	// One notch of the wheel is about half a zoom level, as MapLibre's own wheel gives.
	await expect.poll(() => zoomOf(page)).toBeGreaterThan(startZoom + 0.4);
});

test('MapLibre’s styles come with the live map, there before its controls are', async ({
	page
}) => {
	await page.addInitScript(() => {
		// The position each corner of controls has at the moment it enters the page.
		const seen: string[] = [];
		(window as unknown as { cornerPositions: string[] }).cornerPositions = seen;
		new MutationObserver((records) => {
			for (const added of records.flatMap((record) => [...record.addedNodes])) {
				if (!(added instanceof HTMLElement)) continue;
				for (const corner of [added, ...added.querySelectorAll('*')])
					if (corner.matches('.maplibregl-ctrl-top-right'))
						seen.push(getComputedStyle(corner).position);
			}
		}).observe(document, { childList: true, subtree: true });
	});
	const hasMapLibreRules = () =>
		page.evaluate(() =>
			[...document.styleSheets].some((sheet) =>
				[...sheet.cssRules].some((rule) => rule.cssText.includes('.maplibregl-ctrl-group'))
			)
		);
	await page.goto('/');
	await answering(page);
	expect(await hasMapLibreRules(), 'MapLibre’s styles before the live map starts').toBe(false);
	await waitForMap(page);
	expect(await hasMapLibreRules()).toBe(true);
	// Unstyled, the corner would stand in the page's flow (static) for a frame.
	const positions = await page.evaluate(
		() => (window as unknown as { cornerPositions: string[] }).cornerPositions
	);
	expect(positions.length).toBeGreaterThan(0);
	expect(new Set(positions)).toEqual(new Set(['absolute']));
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('a tapped country’s tooltip is wholly on the screen, and a tap elsewhere closes it', async ({
		page
	}) => {
		await page.goto('/');
		await answering(page);
		const china = await staticScreenPoint(page, [104, 35]);
		await page.touchscreen.tap(china.x, china.y);
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toContainText('China');
		const box = (await tooltip.boundingBox())!;
		expect(box.x, 'tooltip left edge').toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, 'tooltip right edge').toBeLessThanOrEqual(390);
		// The sea south of Australia: no country.
		const sea = await staticScreenPoint(page, [130, -45]);
		await page.touchscreen.tap(sea.x, sea.y);
		await expect(tooltip).toHaveCount(0);
	});
});

/**
 * The colour of the live map's canvas at a place, read in the first frame the map draws once the
 * legend has changed to `title` (the frame is read as it is drawn, so no later frame can mend it).
 */
function firstFrameColourAt(page: Page, at: [number, number], title: string) {
	return page.evaluate(
		([at, title]) =>
			new Promise<string>((resolve) => {
				const map = (
					window as unknown as {
						dashboardMap: {
							on(type: 'render', listener: () => void): void;
							off(type: 'render', listener: () => void): void;
							getCanvas(): HTMLCanvasElement;
							project(p: [number, number]): { x: number; y: number };
							triggerRepaint(): void;
						};
					}
				).dashboardMap;
				const legendSays = () =>
					document.querySelector('.legend-overlay figcaption')?.textContent?.includes(title);
				// The map may have drawn its last frame before the legend changed: a change of
				// legend asks for one more frame, which shows what the map holds at that moment.
				const legendChanged = new MutationObserver(() => {
					if (legendSays()) map.triggerRepaint();
				});
				legendChanged.observe(document.body, {
					subtree: true,
					childList: true,
					characterData: true
				});
				const read = () => {
					if (!legendSays()) return;
					map.off('render', read);
					legendChanged.disconnect();
					const canvas = map.getCanvas();
					const scale = canvas.width / canvas.clientWidth;
					const { x, y } = map.project(at as [number, number]);
					const copy = new OffscreenCanvas(1, 1).getContext('2d')!;
					copy.drawImage(canvas, Math.round(x * scale), Math.round(y * scale), 1, 1, 0, 0, 1, 1);
					const [r, g, b] = copy.getImageData(0, 0, 1, 1).data;
					resolve('#' + [r!, g!, b!].map((v) => v.toString(16).padStart(2, '0')).join(''));
				};
				map.on('render', read);
				map.triggerRepaint();
			}),
		[at, title] as const
	);
}

test('right after a layer switch, the map shows the colours its legend names', async ({ page }) => {
	await page.goto('/?layer=engagement');
	await waitForMap(page);
	const frame = firstFrameColourAt(page, [138.3, 36.3], 'Abductee nationalities');
	await page.getByRole('radio', { name: 'Abductee nationalities' }).check();
	const seen = await frame;
	// The same pixel once the map has settled: what the first frame under the new legend must show
	// already (one pixel may carry a border's or a name's antialiasing, so it is compared with itself).
	await page.waitForFunction(() => {
		const map = (window as unknown as { dashboardMap: { loaded(): boolean; isMoving(): boolean } })
			.dashboardMap;
		return map.loaded() && !map.isMoving();
	});
	const settled = await firstFrameColourAt(page, [138.3, 36.3], 'Abductee nationalities');
	expect(sameColour(seen, settled), `Japan drawn ${seen}, settled ${settled}`).toBe(true);
});

test('while the live map loads, the legend says its lines are still to come', async ({ page }) => {
	const release = await holdGeometry(page);
	await page.goto('/');
	await answering(page);
	await page.getByRole('radio', { name: 'Engagement by country' }).check();
	const legend = page.locator('.legend-overlay');
	await expect(legend).toContainText('Raised with North Korea (dashed)');
	const pending = legend.getByText('The lines are drawn once the map has loaded…');
	await expect(pending).toBeVisible();
	release();
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0);
	await expect(pending).toHaveCount(0);
	// The caption in words is the abductee layer's: it is not over the engagement map.
	await expect(
		page.getByRole('note', { name: 'Abductee nationalities in the document' })
	).toHaveCount(0);
});
