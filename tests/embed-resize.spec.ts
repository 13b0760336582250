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

		// The script took the height the page asked for: not the 500 px fallback any more, and
		// exactly what the content needs, so nothing scrolls or hides inside the frame.
		await expect
			.poll(async () => {
				const frameHeight = (await iframe.boundingBox())!.height;
				const content = await frame.evaluate(() => {
					const bar = document.querySelector('.bar')!.getBoundingClientRect().height;
					const foot = document.querySelector('.foot')!.getBoundingClientRect().height;
					return { bar, foot };
				});
				return Math.abs(frameHeight - 500) > 1 && content.bar + content.foot < frameHeight;
			})
			.toBe(true);
		expect((await iframe.boundingBox())!.width).toBe(width);
		const inside = await frame.evaluate(() => ({
			scroll: document.documentElement.scrollHeight,
			height: window.innerHeight
		}));
		expect(inside.scroll).toBeLessThanOrEqual(inside.height);

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
