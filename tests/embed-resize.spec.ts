import { expect, test, type Frame, type Page } from '@playwright/test';
import { openReady } from './helpers';
import { startHostPage } from './host-page';

/**
 * The responsive embed on another site: the frame posts its content's height, the pasted script
 * sizes the iframe, and at every width the whole view shows: the page does not scroll inside the
 * frame, and every line of the engagement layer (the US Congress's too) lies inside the map.
 */

async function responsiveSnippet(page: Page, path: string): Promise<string> {
	await openReady(page, path);
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await expect(dialog.getByRole('checkbox', { name: /Resize to fit/ })).toBeChecked();
	// As wide as the widest column below; a fallback height far from any content's, so the
	// resize shows.
	await dialog.getByRole('spinbutton', { name: 'Largest width (px)' }).fill('900');
	await dialog.getByRole('spinbutton', { name: /Height without the script/ }).fill('1500');
	await expect(dialog.getByRole('textbox', { name: 'Code to paste' })).toHaveValue(
		/height="1500".*max-width: 900px/
	);
	return dialog.getByRole('textbox', { name: 'Code to paste' }).inputValue();
}

async function mapReady(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().includes('/embed'))).toBe(true);
	const frame = page.frames().find((f) => f.url().includes('/embed'))!;
	await frame.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout: 30_000
	});
	return frame;
}

let host: Awaited<ReturnType<typeof startHostPage>>;
test.beforeAll(async () => {
	host = await startHostPage();
});
test.afterAll(async () => {
	await host.close();
});

for (const width of [360, 600, 900]) {
	test(`${width} px wide, the embed sizes itself to its content, arcs and all`, async ({
		page
	}) => {
		const code = await responsiveSnippet(page, '/?layer=engagement');
		host.show(`<div style="width: ${width}px">${code}</div>`);
		await page.goto(host.origin);
		const frame = await mapReady(page);
		const iframe = page.locator('iframe');

		// The script took the height the page asked for, not the 1500 px fallback: the bar, the
		// map and the foot, with nothing scrolling or hidden inside the frame.
		await expect.poll(async () => (await iframe.boundingBox())!.height).toBeLessThan(1000);
		expect((await iframe.boundingBox())!.width).toBe(width);
		const inside = await frame.evaluate(() => ({
			scroll: document.documentElement.scrollHeight,
			height: window.innerHeight,
			map: document.querySelector('.map-area')!.getBoundingClientRect().height
		}));
		expect(inside.scroll).toBeLessThanOrEqual(inside.height);
		expect(Math.abs((await iframe.boundingBox())!.height - inside.height)).toBeLessThanOrEqual(1);
		// The world's frame is about twice as wide as tall: the map has that shape.
		expect(inside.map).toBeGreaterThanOrEqual(Math.min(width / 2.1, 180) - 1);

		// The map, once the frame has its height, shows every line whole: each point of each arc
		// falls inside the canvas.
		await frame.waitForFunction(() => {
			const map = (window as unknown as { dashboardMap?: { isMoving(): boolean } }).dashboardMap;
			return map && !map.isMoving();
		});
		const outside = await frame.evaluate(async () => {
			type Line = { geometry: { coordinates: [number, number][][] }; properties: { id: string } };
			const map = (
				window as unknown as {
					dashboardMap: {
						getSource(id: string): { getData(): Promise<{ features: Line[] }> };
						project(at: [number, number]): { x: number; y: number };
						getCanvas(): HTMLCanvasElement;
					};
				}
			).dashboardMap;
			const { features } = await map.getSource('links').getData();
			const { clientWidth, clientHeight } = map.getCanvas();
			return {
				count: features.length,
				cut: features.flatMap((f) =>
					f.geometry.coordinates.flat().flatMap((at) => {
						const { x, y } = map.project(at);
						return x < -1 || y < -1 || x > clientWidth + 1 || y > clientHeight + 1
							? [`${f.properties.id} at ${Math.round(x)},${Math.round(y)}`]
							: [];
					})
				)
			};
		});
		expect(outside.count).toBeGreaterThan(5);
		expect(outside.cut).toEqual([]);
	});
}
