/**
 * The takeover under the hand: the wheel turn that starts the live map is not lost (the map zooms
 * once drawn), the loading notice leaves the legend readable (the long one too), and on a phone a
 * tapped country's tooltip stands wholly on the screen.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	boxesOverlap,
	coloursAround,
	holdGeometry,
	sameColour,
	staticScreenPoint,
	waitForMap
} from './helpers';

const answering = (page: Page) =>
	expect(page.locator('[data-answering] svg.static-map')).toHaveCount(1);

const zoomOf = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { dashboardMap?: { getZoom(): number } }).dashboardMap?.getZoom() ?? -1
	);

/**
 * Counts the painted frames, from the first in which the static world names Japan and the Koreas,
 * in which neither it nor the live map shows a name. Each frame is read just before it is painted:
 * a probe's size, changed in every animation frame, brings a ResizeObserver callback then.
 */
function countUnnamedFrames(page: Page) {
	return page.addInitScript(() => {
		const counts = { named: 0, unnamed: 0 };
		(window as unknown as { nameFrames: typeof counts }).nameFrames = counts;
		const shown = (selector: string) =>
			[...document.querySelectorAll(selector)].some(
				(name) => name.textContent?.trim() && name.checkVisibility()
			);
		addEventListener('DOMContentLoaded', () => {
			const probe = document.body.appendChild(document.createElement('div'));
			probe.style.cssText = 'position:fixed;left:0;top:0;height:1px;visibility:hidden';
			new ResizeObserver(() => {
				const named = shown('.static-names .map-label') || shown('.map-label.maplibregl-marker');
				if (named) counts.named++;
				else if (counts.named > 0) counts.unnamed++;
			}).observe(probe);
			const tick = () => {
				probe.style.width = probe.style.width === '1px' ? '2px' : '1px';
				requestAnimationFrame(tick);
			};
			tick();
		});
	});
}

/**
 * Opens `path` with the live map's geometry held, and turns the wheel once over Japan on the
 * static world: the live map starts and says it is loading. `release()` lets it draw.
 */
async function turnWheelWhileHeld(page: Page, path: string) {
	const release = await holdGeometry(page);
	await page.goto(path);
	await answering(page);
	await expect(page.locator('.static-names .map-label', { hasText: 'Japan' })).toBeVisible();
	const japan = await staticScreenPoint(page, [138.3, 36.3]);
	await page.mouse.move(japan.x, japan.y);
	await page.mouse.wheel(0, -100);
	const notice = page.locator('.map-notice[role="status"]');
	await expect(notice).toHaveText('Loading the map…');
	return { release, notice };
}

test('the first wheel turn zooms the live map it starts, the notice spares the legend, and the names stay', async ({
	page,
	context
}) => {
	// The zoom the live map starts at, started without a turn (waitForMap's wheel does not turn).
	const unturned = await context.newPage();
	await unturned.goto('/');
	await waitForMap(unturned);
	const startZoom = await zoomOf(unturned);
	await unturned.close();

	await countUnnamedFrames(page);
	const { release, notice } = await turnWheelWhileHeld(page, '/');
	const legend = (await page.locator('.legend-overlay').boundingBox())!;
	const said = (await notice.boundingBox())!;
	expect(boxesOverlap(said, legend), 'the loading notice over the legend').toBe(false);
	release();
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0);
	// One notch of the wheel is about half a zoom level, as MapLibre's own wheel gives.
	await expect.poll(() => zoomOf(page)).toBeGreaterThan(startZoom + 0.4);
	// The static world's names stay until the live map's are shown: no frame goes unnamed.
	await expect(page.locator('.map-label.maplibregl-marker', { hasText: 'Japan' })).toBeVisible();
	const frames = await page.evaluate(
		() => (window as unknown as { nameFrames: { named: number; unnamed: number } }).nameFrames
	);
	expect(frames.named).toBeGreaterThan(0);
	expect(frames.unnamed, 'frames with no name on the map').toBe(0);

	// The engagement layer's legend is long, two columns across much of the map's foot: the
	// notice stands beside it, not over its last row.
	const engagement = await context.newPage();
	const { release: releaseEngagement, notice: loading } = await turnWheelWhileHeld(
		engagement,
		'/layer/engagement'
	);
	const longLegend = (await engagement.locator('.legend-overlay').boundingBox())!;
	const saidThere = (await loading.boundingBox())!;
	expect(boxesOverlap(saidThere, longLegend), 'the loading notice over the long legend').toBe(
		false
	);
	releaseEngagement();
	await engagement.close();
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

/** The home page's world, answering, and a finger's tap on China. */
async function tapChinaOnHome(page: Page) {
	await page.goto('/');
	await answering(page);
	const china = await staticScreenPoint(page, [104, 35]);
	await page.touchscreen.tap(china.x, china.y);
}

test.describe('on an iPad held sideways', () => {
	test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true });

	test('a tap opens the country, and no tooltip stays over the map beside its panel', async ({
		page
	}) => {
		await tapChinaOnHome(page);
		await expect(page).toHaveURL(/\/country\/chn$/);
		await expect(page.getByRole('heading', { level: 1, name: 'China' })).toBeInViewport();
		await expect(page.getByRole('tooltip')).toHaveCount(0);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('a tapped country’s tooltip is wholly on the screen, with no focus ring, and a tap elsewhere closes it', async ({
		page
	}) => {
		await tapChinaOnHome(page);
		// The tap opens China's page too, and its link to the panel below moves the map down:
		// measure the map only once the page has changed.
		await expect(page).toHaveURL(/\/country\/chn$/);
		await expect(
			page.getByRole('link', { name: /What the document says about China/ })
		).toBeVisible();
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toContainText('China');
		const box = (await tooltip.boundingBox())!;
		expect(box.x, 'tooltip left edge').toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, 'tooltip right edge').toBeLessThanOrEqual(390);

		// The tap focused China's link, but shows no focus ring: neither round the link nor the map.
		const focused = page.locator('.static-holder a:focus');
		await expect(focused).toHaveCount(1);
		expect(await focused.evaluate((link) => getComputedStyle(link).outlineStyle)).toBe('none');
		// Just inside the map's left edge, halfway down, where a ring round the map is drawn.
		const mapEdge = async () => {
			const holder = (await page.locator('.static-holder').boundingBox())!;
			return { x: holder.x + 1, y: holder.y + holder.height / 2 };
		};
		const focusColour = await page.evaluate(() => {
			const probe = document.body.appendChild(document.createElement('i'));
			probe.style.color = 'var(--focus)';
			const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
			probe.remove();
			return '#' + [r!, g!, b!].map((v) => v.toString(16).padStart(2, '0')).join('');
		});
		const tapped = (await coloursAround(page, await mapEdge(), 0))[0]!;
		expect(sameColour(tapped, focusColour), `map edge ${tapped} after a tap`).toBe(false);
		// From the keyboard (back out of the map and in again), the ring is there.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(page.locator('.static-holder a:focus-visible')).toHaveCount(1);
		// The ring is painted in a frame after the focus moves: read until it is (or time runs out).
		const edgeColour = async () => {
			const keyed = (await coloursAround(page, await mapEdge(), 0))[0]!;
			return sameColour(keyed, focusColour) ? 'the focus colour' : keyed;
		};
		await expect
			.poll(edgeColour, { message: 'the map edge from the keyboard' })
			.toBe('the focus colour');
		// The sea south of Australia: no country.
		const sea = await staticScreenPoint(page, [130, -45]);
		await page.touchscreen.tap(sea.x, sea.y);
		await expect(tooltip).toHaveCount(0);
	});
});

/** What one painted frame showed: the map's colour at a place, and the words round the map. */
interface Frame {
	colour: string;
	legend: string;
	caption: boolean;
	heading: string;
}

/**
 * Records every frame the page paints from now on. The live map's canvas is read as it is drawn
 * (a later read finds it cleared); the words are read in the same frame just before it is painted,
 * when a probe's size change brings a ResizeObserver callback, after every animation-frame
 * callback and the work it started. A change of the words alone asks the map for a frame too.
 */
async function recordFrames(page: Page, at: [number, number]) {
	await page.evaluate((at) => {
		const map = (
			window as unknown as {
				dashboardMap: {
					on(type: 'render', listener: () => void): void;
					getCanvas(): HTMLCanvasElement;
					project(p: [number, number]): { x: number; y: number };
					triggerRepaint(): void;
				};
			}
		).dashboardMap;
		const frames: Frame[] = [];
		(window as unknown as { paintedFrames: Frame[] }).paintedFrames = frames;
		const probe = document.body.appendChild(document.createElement('div'));
		probe.style.cssText = 'position:fixed;left:0;top:0;height:1px;visibility:hidden';
		let colour: string | null = null;
		new ResizeObserver(() => {
			if (colour === null) return;
			const text = (selector: string) =>
				document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
			frames.push({
				colour,
				legend: text('.legend-overlay figcaption'),
				caption: document.querySelector('.answer[role="note"]') !== null,
				heading: text('.panel h1')
			});
			colour = null;
		}).observe(probe);
		map.on('render', () => {
			const canvas = map.getCanvas();
			const scale = canvas.width / canvas.clientWidth;
			const { x, y } = map.project(at);
			const copy = new OffscreenCanvas(1, 1).getContext('2d')!;
			copy.drawImage(canvas, Math.round(x * scale), Math.round(y * scale), 1, 1, 0, 0, 1, 1);
			const [r, g, b] = copy.getImageData(0, 0, 1, 1).data;
			colour = '#' + [r!, g!, b!].map((v) => v.toString(16).padStart(2, '0')).join('');
			probe.style.width = probe.style.width === '1px' ? '2px' : '1px';
		});
		new MutationObserver((records) => {
			if (records.some((record) => !probe.contains(record.target))) map.triggerRepaint();
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
		map.triggerRepaint();
	}, at);
	await page.waitForFunction(
		() => (window as unknown as { paintedFrames: Frame[] }).paintedFrames.length > 0
	);
}

/** The frames painted since recording began, once the map has settled and painted once more. */
async function settledFrames(page: Page, legendTitle: string): Promise<Frame[]> {
	await expect(page.locator('.legend-overlay figcaption')).toContainText(legendTitle);
	await page.waitForFunction(() => {
		const map = (window as unknown as { dashboardMap: { loaded(): boolean; isMoving(): boolean } })
			.dashboardMap;
		return map.loaded() && !map.isMoving();
	});
	const count = await page.evaluate(() => {
		(
			window as unknown as { dashboardMap: { triggerRepaint(): void } }
		).dashboardMap.triggerRepaint();
		return (window as unknown as { paintedFrames: Frame[] }).paintedFrames.length;
	});
	await page.waitForFunction(
		(count) => (window as unknown as { paintedFrames: Frame[] }).paintedFrames.length > count,
		count
	);
	return page.evaluate(() => (window as unknown as { paintedFrames: Frame[] }).paintedFrames);
}

/**
 * Every painted frame, from the last one before a switch to the first one settled after it, shows
 * the map's old colours with the old words, or the new colours with the new words: the legend, the
 * caption above the map and the panel's heading change in the frame the map does.
 */
function expectInStep(frames: Frame[]) {
	const [before, after] = [frames[0]!, frames.at(-1)!];
	expect(sameColour(before.colour, after.colour), 'the layers colour Japan alike').toBe(false);
	const describe = (frame: Frame) => JSON.stringify(frame);
	const words = (frame: Frame) => [frame.legend, frame.caption, frame.heading].join(' | ');
	expect(words(before)).not.toBe(words(after));
	for (const frame of frames) {
		const mapSwitched = !sameColour(frame.colour, before.colour);
		if (mapSwitched) expect(sameColour(frame.colour, after.colour), describe(frame)).toBe(true);
		const wordsSwitched = words(frame) !== words(before);
		if (wordsSwitched) expect(words(frame), describe(frame)).toBe(words(after));
		expect(wordsSwitched, `map and words out of step in ${describe(frame)}`).toBe(mapSwitched);
	}
}

test('a layer switch changes the legend, the caption and the panel in the frame the map changes', async ({
	page
}) => {
	const japan: [number, number] = [138.3, 36.3];
	await page.goto('/layer/engagement');
	await waitForMap(page);
	await page.waitForFunction(() => {
		const map = (window as unknown as { dashboardMap: { loaded(): boolean } }).dashboardMap;
		return map.loaded();
	});
	await recordFrames(page, japan);
	await page.getByRole('radio', { name: 'Abductee nationalities' }).check();
	expectInStep(await settledFrames(page, 'Abductee nationalities'));

	// And back, from the world view's address the switch went to.
	await recordFrames(page, japan);
	await page.getByRole('radio', { name: 'Events by country' }).check();
	expectInStep(await settledFrames(page, 'Events naming each country'));
});

test('while the live map loads, the world in the page draws the layer’s lines, as many as the date shows', async ({
	page
}) => {
	const release = await holdGeometry(page);
	await page.goto('/');
	await answering(page);
	await page.getByRole('radio', { name: 'Events by country' }).check();
	const legend = page.locator('.legend-overlay');
	await expect(legend).toContainText('Raised with North Korea (dashed)');
	const lines = page.locator('svg.static-map g.lines path[data-link]');
	await expect(lines.first()).toBeAttached();
	const whole = await lines.count();
	// In pixels: a solid line, at its middle, in its kind's colour.
	const solid = page
		.locator('svg.static-map g.lines path[data-link]:not([stroke-dasharray])')
		.first();
	const colour = (await solid.getAttribute('stroke'))!;
	const middle = await solid.evaluate((path: SVGPathElement) => {
		const at = path
			.getPointAtLength(path.getTotalLength() / 2)
			.matrixTransform(path.getScreenCTM()!);
		return { x: at.x, y: at.y };
	});
	await expect
		.poll(async () => (await coloursAround(page, middle)).some((c) => sameColour(c, colour, 40)))
		.toBe(true);
	// The timeline's first date shows fewer of them.
	await page.getByRole('slider', { name: /timeline/i }).focus();
	await page.keyboard.press('Home');
	await expect.poll(() => lines.count()).toBeLessThan(whole);
	release();
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0);
	// The caption in words is the abductee layer's: it is not over the engagement map.
	await expect(
		page.getByRole('note', { name: 'Abductee nationalities in the document' })
	).toHaveCount(0);
});
