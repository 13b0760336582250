// What `npm run bench` measures on one page load: shared by the reference comparison and the
// scale mode (scripts/bench.js).

/** 20 places for the hover sweep: dataset countries and others, large and small. */
const SWEEP = [
	[139.7, 36.2],
	[127.8, 36.4],
	[127.2, 40.1],
	[104, 35],
	[-100, 40],
	[100.9, 15.9],
	[24.9, 45.9],
	[35.9, 33.9],
	[96, 61],
	[-2.5, 53],
	[2.5, 46.5],
	[10.4, 51.1],
	[12.6, 42.8],
	[-106, 56],
	[-51.9, -10],
	[134, -25.5],
	[22.9, 8.8],
	[78.9, 22.6],
	[-64, -34],
	[30.8, 26.8]
];

export function median(values) {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Hover latency: from the pointer's move to the frame after the page's DOM changed. */
function recordHoverLatency() {
	const samples = [];
	let movedAt = 0;
	addEventListener('mousemove', (e) => (movedAt = e.timeStamp), true);
	addEventListener('DOMContentLoaded', () => {
		new MutationObserver(() => {
			const at = movedAt;
			if (!at) return;
			movedAt = 0;
			requestAnimationFrame(() => samples.push(performance.now() - at));
		}).observe(document.body, {
			subtree: true,
			childList: true,
			characterData: true,
			attributes: true,
			attributeFilter: ['hidden']
		});
	});
	window.__hoverSamples = samples;
}

/** The first moment a tooltip shows text: checked every frame from the page's start. */
function recordFirstTooltip() {
	const check = () => {
		const tip = document.querySelector('[role="tooltip"]:not([hidden])');
		if (tip?.textContent?.trim()) window.__firstTooltipAt = performance.now();
		else requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
}

/** Where China is on screen: on the first-paint world while it shows, else on the live map. */
function chinaOnScreen() {
	const shape = document.querySelector('svg [data-iso3="CHN"]');
	const shapeBox = shape?.getBoundingClientRect();
	if (shapeBox?.width && getComputedStyle(shape).visibility !== 'hidden')
		return { x: shapeBox.x + shapeBox.width / 2, y: shapeBox.y + shapeBox.height / 2 };
	const map = window.dashboardMap;
	const canvas = document.querySelector('canvas.maplibregl-canvas')?.getBoundingClientRect();
	if (!map?.loaded?.() || !canvas) return null;
	const at = map.project([104, 35]);
	return { x: canvas.x + at.x, y: canvas.y + at.y };
}

/**
 * From navigation to the first tooltip. With `pointer` (where China lies once the page is drawn,
 * found by a load before: see pointerOverChina), the reader's pointer is already there and keeps
 * moving by a pixel, as a hand does, until a tooltip answers; the page's own clock says when. It
 * asks the page only every few moves, so a loaded machine slows the page, not the measurement.
 * Without it, the pointer goes to China once the page shows something to point at.
 */
async function timeToFirstTooltip(page, pointer) {
	for (let tries = 0; tries < 20_000; tries++) {
		if (pointer) {
			await page.mouse.move(pointer.x + (tries % 2), pointer.y);
			if (tries % 4 !== 3) continue;
		}
		const shown = await page.evaluate(() => window.__firstTooltipAt);
		if (shown) return shown;
		if (pointer) continue;
		const at = await page.evaluate(chinaOnScreen).catch(() => null);
		if (at) await page.mouse.move(at.x + (tries % 2), at.y);
		else await page.waitForTimeout(5);
	}
	throw new Error('no tooltip ever showed');
}

/** Where China lies on `url`'s first-paint world at the bench's size, once the page has settled. */
export async function pointerOverChina(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.goto(url);
		await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
		return await page.evaluate(chinaOnScreen);
	} finally {
		await context.close();
	}
}

/**
 * In the page: how long from a user's action until the map has drawn its result. The action
 * must change the country fill; then we wait for MapLibre's next `idle` (sources loaded, frame
 * drawn). Checking and re-listening happen in one task, so no idle is missed.
 */
async function timeUntilDrawn(action) {
	const map = window.dashboardMap;
	const fill = () => JSON.stringify(map.getPaintProperty('countries-fill', 'fill-color'));
	const before = fill();
	const startedAt = performance.now();
	const actions = {
		engagementLayer: () =>
			document.querySelector('input[name="layer"][value="engagement"]').click(),
		earliestStop: () => {
			const range = document.querySelector('input[type="range"]');
			range.value = range.min;
			range.dispatchEvent(new Event('input', { bubbles: true }));
		}
	};
	actions[action]();
	for (let tries = 0; tries < 50; tries++) {
		await new Promise((resolve) => map.once('idle', resolve));
		if (fill() !== before) return performance.now() - startedAt;
	}
	throw new Error(`${action}: the map never drew a change`);
}

/**
 * Loads `url` in a fresh context at 1280x800 and measures it. With `interactions`, also times the
 * dashboard's joins (User Timing measures from the page) and two redraws: switching to the
 * engagement layer and moving the timeline to its first stop.
 */
export async function measurePage(browser, url, { interactions = false, pointer = null } = {}) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	let bytes = 0;
	let jsBytes = 0;
	page.on('response', async (response) => {
		const length = Number((await response.allHeaders())['content-length'] ?? 0);
		bytes += length;
		if (/\.m?js(\?|$)/.test(response.url())) jsBytes += length;
	});
	await page.addInitScript(recordHoverLatency);
	await page.addInitScript(recordFirstTooltip);
	await page.goto(url, { waitUntil: 'commit' });
	const firstTooltip = await timeToFirstTooltip(page, pointer);
	await page.mouse.move(0, 0);
	await page.waitForLoadState('load');
	// The script a page reads before anyone reaches for the live map (all of it on the reference).
	const jsBytesAtLoad = jsBytes;
	// The dashboard's live map starts when the reader reaches to zoom: a turn of the wheel, once
	// the page's script has run. The reference starts its map at once.
	await page.evaluate(async () => {
		const frame = document.querySelector('.map-frame');
		if (!frame) return;
		while (!performance.getEntriesByName('page:interactive').length)
			await new Promise((resolve) => setTimeout(resolve, 20));
		if (!performance.getEntriesByName('map:start').length)
			frame.dispatchEvent(new WheelEvent('wheel', { bubbles: true }));
	});
	await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
		timeout: 120_000
	});
	const timings = await page.evaluate(() => ({
		mapReady: performance.getEntriesByName('map:ready')[0].startTime,
		// The dashboard starts MapLibre when wanted (map:start); the reference at once.
		startToReady:
			performance.getEntriesByName('map:ready')[0].startTime -
			(performance.getEntriesByName('map:start')[0]?.startTime ?? 0),
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
		// The dashboard's every control answers (the reference has none: its map:ready stands in).
		interactive:
			performance.getEntriesByName('page:interactive')[0]?.startTime ??
			performance.getEntriesByName('map:ready')[0].startTime
	}));
	const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
	for (const place of SWEEP) {
		const at = await page.evaluate((p) => window.dashboardMap.project(p), place);
		await page.mouse.move(canvas.x + at.x, canvas.y + at.y);
		await page.waitForTimeout(60);
	}
	const hover = await page.evaluate(() => window.__hoverSamples.slice());
	const result = {
		...timings,
		firstTooltip,
		hoverMs: median(hover),
		hoverSamples: hover.length,
		bytes,
		jsBytes,
		jsBytesAtLoad
	};
	if (interactions) {
		await page.mouse.move(0, 0);
		const lastMeasure = (name) =>
			page.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration, name);
		result.joinSummariesMs = await lastMeasure('join:summaries');
		result.joinLayersMs = await lastMeasure('join:layers');
		result.layerSwitchMs = await page.evaluate(timeUntilDrawn, 'engagementLayer');
		result.joinEngagementMs = await lastMeasure('join:layers');
		result.timelineStepMs = await page.evaluate(timeUntilDrawn, 'earliestStop');
	}
	await context.close();
	return result;
}
