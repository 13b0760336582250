import { expect, type Page } from '@playwright/test';
import { worldUnits } from '../src/lib/map/camera/view-box';

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
	await expect(tooltip).toContainText('Said to have been abducted (second-hand)');
	await world.locator('path[data-iso3="KAZ"]').hover();
	await expect(tooltip).toHaveText(/Kazakhstan\s*Not mentioned in the document/);
	await page.mouse.move(1, 1);
	await expect(tooltip).toBeHidden();
}

/**
 * The map's colours as the design states them (ColorBrewer PuOr and BrBG, chosen for colour-blind
 * readers), written out here rather than read from the code under test, so that a wrong colour on
 * the map fails.
 */
export const DESIGN_COLOUR = {
	/** Nationals abducted: PuOr's darkest purple. */
	confirmed: '#542788',
	/** No abductions named: the neutral land. */
	none: '#e9e6df',
	/** North Korea, the state responsible: PuOr's opposite hue. */
	responsible: '#b35806',
	/** A forum's members as the document names them: BrBG's darkest teal. */
	forumMember: '#01665e',
	/** A forum's members the document does not list (added as context, and hatched): a light teal. */
	forumContext: '#80cdc1',
	ocean: '#d6e4ee'
} as const;

/** Whether two `#rrggbb` colours differ by at most `tolerance` in each channel. */
export function sameColour(a: string, b: string, tolerance = 12): boolean {
	const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const [x, y] = [channels(a), channels(b)];
	return x.every((v, i) => Math.abs(v - y[i]!) <= tolerance);
}

/**
 * What the reader sees in a small square round a page point: a screenshot of the square, read pixel
 * by pixel (the browser decodes the PNG), as `#rrggbb` strings, the most frequent first.
 */
export async function coloursAround(page: Page, at: { x: number; y: number }, radius = 2) {
	const size = radius * 2 + 1;
	const png = await page.screenshot({
		clip: { x: Math.round(at.x) - radius, y: Math.round(at.y) - radius, width: size, height: size },
		scale: 'css',
		caret: 'hide'
	});
	const pixels = await page.evaluate(
		async (bytes) => {
			const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
			const bitmap = await createImageBitmap(blob);
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
			const hex: string[] = [];
			for (let i = 0; i < data.length; i += 4)
				hex.push(
					'#' +
						[data[i]!, data[i + 1]!, data[i + 2]!]
							.map((v) => v.toString(16).padStart(2, '0'))
							.join('')
				);
			return hex;
		},
		[...png]
	);
	const counts = new Map<string, number>();
	for (const pixel of pixels) counts.set(pixel, (counts.get(pixel) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([colour]) => colour);
}

/**
 * Waits until the colour the reader sees at a page point (the most frequent in a 5 × 5 square) is
 * `expected`, give or take rendering; fails naming the colour seen instead.
 */
export async function expectColourAt(
	page: Page,
	/** The point, or how to find it afresh each time (a world the page's script may reframe). */
	at: { x: number; y: number } | (() => Promise<{ x: number; y: number }>),
	expected: string,
	what: string
) {
	await expect
		.poll(
			async () => {
				const point = typeof at === 'function' ? await at() : at;
				const seen = (await coloursAround(page, point))[0]!;
				return sameColour(seen, expected) ? expected : seen;
			},
			// The live map recolours off the main thread: on a busy 2-core machine a layer's data
			// took over 5 s to reload. Still a wait on the pixel, never a fixed pause.
			{ message: `the colour of ${what}`, timeout: 15_000 }
		)
		.toBe(expected);
}

/** Holds the live map's geometry until `release()`: started, the live map cannot draw till then. */
export async function holdGeometry(page: Page) {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/geo/world.json', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

/** Whether two boxes on the page overlap. */
export function boxesOverlap(
	a: { x: number; y: number; width: number; height: number },
	b: { x: number; y: number; width: number; height: number }
): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
