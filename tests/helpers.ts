import { expect, type Page } from '@playwright/test';
import { worldUnits } from '../src/lib/map/static-camera';

/** Collects console errors, page errors and any request that leaves the serving host. */
export function watch(page: Page) {
	const problems: string[] = [];
	const offHost: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1')
			offHost.push(request.url());
	});
	return { problems, offHost };
}

/**
 * Starts the live map as a reader does, by reaching to zoom (a turn of the wheel over the map),
 * unless it has started already, and waits for the dashboard's own signal that it has drawn the
 * dataset. Until then the map page shows the world in its HTML (see first-paint.spec.ts).
 */
export async function waitForMap(page: Page) {
	await page.waitForFunction(
		() => performance.getEntriesByName('page:interactive').length > 0,
		null,
		{ timeout: 30_000 }
	);
	await page.evaluate(() => {
		if (performance.getEntriesByName('map:start').length > 0) return;
		document.querySelector('.map-frame')?.dispatchEvent(new WheelEvent('wheel', { bubbles: true }));
	});
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout: 30_000
	});
}

/** Opens a page and waits until its script has run: before that, a prerendered button does nothing. */
export async function openReady(page: Page, path: string) {
	const response = await page.goto(path);
	await page.waitForFunction(
		() => performance.getEntriesByName('page:interactive').length > 0,
		null,
		{ timeout: 30_000 }
	);
	return response;
}

/** Where a place lies on screen in the world drawn in the page (svg.static-map). */
export async function staticScreenPoint(page: Page, at: [number, number], scope = '') {
	const svg = page.locator(`${scope} svg.static-map`.trim()).first();
	const [width, height] = (await svg.getAttribute('data-world'))!.split(' ').map(Number);
	const units = worldUnits(at, { width: width!, height: height! });
	return svg.evaluate((world: SVGSVGElement, [x, y]) => {
		const point = world.createSVGPoint();
		point.x = x!;
		point.y = y!;
		const screen = point.matrixTransform(world.getScreenCTM()!);
		return { x: screen.x, y: screen.y };
	}, units);
}

/** The page coordinates of a longitude/latitude on the map. */
export async function screenPoint(page: Page, lngLat: [number, number]) {
	const point = await page.evaluate((at) => {
		const map = (
			window as unknown as {
				dashboardMap: { project(p: [number, number]): { x: number; y: number } };
			}
		).dashboardMap;
		return map.project(at);
	}, lngLat);
	const box = await page.locator('.map canvas').boundingBox();
	expect(box).not.toBeNull();
	return { x: box!.x + point.x, y: box!.y + point.y };
}

/** Moves the pointer over a place and returns the tooltip locator. */
export async function hoverAt(page: Page, lngLat: [number, number]) {
	const { x, y } = await screenPoint(page, lngLat);
	await page.mouse.move(x - 3, y - 3);
	await page.mouse.move(x, y, { steps: 3 });
	return page.getByRole('tooltip');
}

/** Makes WebGL unavailable, as on old school computers: getContext('webgl*') returns null. */
export async function disableWebGL(page: Page) {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (/webgl/i.test(type)) return null;
			return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
		} as typeof original;
	});
}

/**
 * The static world's tooltip says what the live map's says: China and Kazakhstan under the
 * pointer; with the pointer gone, no tooltip shows.
 */
export async function expectStaticWorldTooltips(page: Page) {
	const world = page.locator('svg.static-map');
	const tooltip = page.getByRole('tooltip');
	await world.locator('path[data-iso3="CHN"]').hover();
	await expect(tooltip).toContainText('China');
	await expect(tooltip).toContainText('May have been abducted (returnees’ testimony)');
	await world.locator('path[data-iso3="KAZ"]').hover();
	await expect(tooltip).toHaveText(/Kazakhstan\s*Not mentioned in the document/);
	await page.mouse.move(1, 1);
	await expect(tooltip).toBeHidden();
}
