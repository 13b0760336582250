/**
 * Names on the map under the hand: a small country's dot never swamps its own shape and the
 * selected country is named; while the live map zooms each name and its leader line stay tied to
 * their country; on a phone every name and leader line stays inside the map.
 */
import { expect, test, type Page } from '@playwright/test';
import { boxesOverlap, waitForMap } from './helpers';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

type Box = { left: number; top: number; right: number; bottom: number };

/** What the map shows of its names now, in the map frame's pixels. */
function namesOnMap(page: Page, layer: '.static-names' | '.map') {
	return page.evaluate((layer) => {
		const frame = document.querySelector('.map-frame')!.getBoundingClientRect();
		const inFrame = (r: DOMRect) => ({
			left: r.left - frame.left,
			top: r.top - frame.top,
			right: r.right - frame.left,
			bottom: r.bottom - frame.top
		});
		const labels = [...document.querySelectorAll<HTMLElement>(`${layer} .map-label`)]
			.filter((label) => !label.hidden && label.offsetParent !== null)
			.map((label) => ({
				iso3: label.dataset.iso3!,
				text: label.textContent ?? '',
				box: inFrame(label.getBoundingClientRect())
			}));
		const selector =
			layer === '.map' ? '.callout-leaders path' : '.static-holder svg.static-map g.leaders path';
		const leaders = [...document.querySelectorAll<SVGPathElement>(selector)].map((path) => {
			const length = path.getTotalLength();
			const matrix = path.getScreenCTM()!;
			const end = (at: number) => {
				const p = path.getPointAtLength(at).matrixTransform(matrix);
				return { x: p.x - frame.left, y: p.y - frame.top };
			};
			return { iso3: path.dataset.iso3 ?? '', from: end(0), to: end(length) };
		});
		return { size: { width: frame.width, height: frame.height }, labels, leaders };
	}, layer);
}

const toRect = (box: Box) => ({
	x: box.left,
	y: box.top,
	width: box.right - box.left,
	height: box.bottom - box.top
});

/** Pairs of names drawn over each other, as "A/B". */
const overlappingNames = (labels: { iso3: string; box: Box }[]) =>
	labels.flatMap((a, i) =>
		labels
			.slice(i + 1)
			.filter((b) => boxesOverlap(toRect(a.box), toRect(b.box)))
			.map((b) => `${a.iso3}/${b.iso3}`)
	);

const inside = (box: Box, size: { width: number; height: number }) =>
	box.left >= -0.5 &&
	box.top >= -0.5 &&
	box.right <= size.width + 0.5 &&
	box.bottom <= size.height + 0.5;

for (const path of ['/country/lbn', '/ja/country/lbn'])
	test.describe(`${path} on a phone`, () => {
		test.use(PHONE);

		test('Lebanon’s dot does not swamp Lebanon, and Lebanon is named, on both maps', async ({
			page
		}) => {
			await page.goto(path);
			const world = page.locator('[data-answering] svg.static-map');
			await expect(world).toHaveCount(1);
			// The world in the page: the dot, if drawn, is small beside the country's shape.
			const label = page.locator('.static-names .map-label[data-iso3="LBN"]');
			await expect(label).toBeVisible();
			const sizes = await world.evaluate((svg) => {
				const shape = svg.querySelector('path[data-iso3="LBN"]')!.getBoundingClientRect();
				const dot = svg.querySelector('circle[data-iso3="LBN"]');
				const drawn = dot && getComputedStyle(dot).display !== 'none';
				return {
					shape: Math.max(shape.width, shape.height),
					dot: drawn ? dot.getBoundingClientRect().width : 0
				};
			});
			expect(sizes.shape, 'Lebanon’s shape, px').toBeGreaterThan(20);
			expect(sizes.dot, `Lebanon’s dot beside a shape of ${sizes.shape} px`).toBeLessThanOrEqual(
				sizes.shape / 2
			);
			const statics = await namesOnMap(page, '.static-names');
			const lebanon = statics.labels.find((l) => l.iso3 === 'LBN')!;
			expect(lebanon.text).toBe(path.startsWith('/ja') ? 'レバノン' : 'Lebanon');
			expect(inside(lebanon.box, statics.size), 'Lebanon’s name inside the map').toBe(true);

			// The live map: no dot over Lebanon at this zoom.
			await waitForMap(page);
			await page.waitForFunction(
				() =>
					!(window as unknown as { dashboardMap: { isMoving(): boolean } }).dashboardMap.isMoving()
			);
			expect(await dotsBeside(page, [35.87, 33.91]), 'dots drawn at Lebanon’s point').toEqual([]);
			await expect(page.locator('.map .map-label[data-iso3="LBN"]')).toBeVisible();
			const live = await namesOnMap(page, '.map');
			const named = live.labels.find((l) => l.iso3 === 'LBN')!;
			expect(inside(named.box, live.size), 'Lebanon’s name inside the live map').toBe(true);
		});
	});

/**
 * The countries other than `iso3` whose land lies under a name's box (shrunk by a pixel, as a
 * name may touch a shore), in the world in the page: its shapes' own fills, not the search's.
 */
function landUnderName(page: Page, iso3: string) {
	return page.evaluate((iso3) => {
		const svg = document.querySelector<SVGSVGElement>('.static-holder svg.static-map')!;
		const toUnits = svg.getScreenCTM()!.inverse();
		const shapes = [...svg.querySelectorAll<SVGPathElement>('g.countries path[data-iso3]')];
		const label = document.querySelector<HTMLElement>(
			`.static-names .map-label[data-iso3="${iso3}"]`
		)!;
		const r = label.getBoundingClientRect();
		const found = new Set<string>();
		for (let i = 0; i <= 10; i++)
			for (let j = 0; j <= 3; j++) {
				const at = new DOMPoint(
					r.left + 1 + ((r.width - 2) * i) / 10,
					r.top + 1 + ((r.height - 2) * j) / 3
				).matrixTransform(toUnits);
				for (const path of shapes)
					if (path.dataset.iso3 !== iso3 && path.isPointInFill(at)) found.add(path.dataset.iso3!);
			}
		return [...found];
	}, iso3);
}

// China's page frames China with its neighbours: North Korea, the state the document is about,
// is some 25 px across, the Sea of Japan too narrow for its name, South Korea between it and the
// open sea. Its name must still show, over the sea, with a leader line back to it.
for (const [path, names] of [
	['/country/chn', ['North Korea', 'N. Korea']],
	['/ja/country/chn', ['北朝鮮']]
] as const)
	test.describe(`${path} on a phone`, () => {
		test.use(PHONE);

		test('names North Korea, inside the map and off its neighbours, on both maps', async ({
			page
		}) => {
			await page.goto(path);
			await expect(page.locator('[data-answering] svg.static-map')).toHaveCount(1);
			const named = page.locator('.static-names .map-label[data-iso3="PRK"]');
			await expect(named).toBeVisible();
			const statics = await namesOnMap(page, '.static-names');
			const north = statics.labels.find((l) => l.iso3 === 'PRK')!;
			expect(names as readonly string[]).toContain(north.text);
			expect(inside(north.box, statics.size), `${north.text} ${JSON.stringify(north.box)}`).toBe(
				true
			);
			expect(await landUnderName(page, 'PRK'), `land under ${north.text}`).toEqual([]);
			// Nor under the map's buttons.
			const tools = (await page.locator('.map-tools').boundingBox())!;
			const label = (await named.boundingBox())!;
			expect(boxesOverlap(label, tools), `${north.text} under the map's buttons`).toBe(false);
			// The live map, placed by the same search for its own view, names it too.
			await waitForMap(page);
			await page.waitForFunction(() => {
				const map = (window as unknown as { dashboardMap: { getZoom(): number } }).dashboardMap;
				const placed = document.querySelector<SVGElement>('.callout-leaders')?.dataset.placedFor;
				return placed === map.getZoom().toFixed(3);
			});
			await expect(page.locator('.map .map-label[data-iso3="PRK"]')).toBeVisible();
			const live = await namesOnMap(page, '.map');
			const liveNorth = live.labels.find((l) => l.iso3 === 'PRK')!;
			expect(names as readonly string[]).toContain(liveNorth.text);
			expect(inside(liveNorth.box, live.size), `live ${JSON.stringify(liveNorth.box)}`).toBe(true);
			const liveLand = await page.evaluate(() => {
				const map = (
					window as unknown as {
						dashboardMap: {
							getContainer(): HTMLElement;
							queryRenderedFeatures(
								p: [number, number],
								o: { layers: string[] }
							): { properties: { iso3: string } }[];
						};
					}
				).dashboardMap;
				const origin = map.getContainer().getBoundingClientRect();
				const label = document.querySelector('.map .map-label[data-iso3="PRK"]')!;
				const r = label.getBoundingClientRect();
				const found = new Set<string>();
				for (let i = 0; i <= 10; i++)
					for (let j = 0; j <= 3; j++) {
						const x = r.left - origin.left + 1 + ((r.width - 2) * i) / 10;
						const y = r.top - origin.top + 1 + ((r.height - 2) * j) / 3;
						for (const f of map.queryRenderedFeatures([x, y], { layers: ['countries-fill'] }))
							if (f.properties.iso3 !== 'PRK') found.add(f.properties.iso3);
					}
				return [...found];
			});
			expect(liveLand, `land under ${liveNorth.text} on the live map`).toEqual([]);
		});
	});

/**
 * The small countries' dots the live map draws 3 px beside a place (the reader's pointer there
 * would land on one): a dot drawn at its full 5 px radius covers it, one given way does not.
 */
function dotsBeside(page: Page, at: [number, number]) {
	return page.evaluate((at) => {
		const map = (
			window as unknown as {
				dashboardMap: {
					project(p: [number, number]): { x: number; y: number };
					queryRenderedFeatures(
						point: [number, number],
						options: { layers: string[] }
					): { properties: { iso3: string } }[];
				};
			}
		).dashboardMap;
		const { x, y } = map.project(at);
		return map
			.queryRenderedFeatures([x + 3, y], { layers: ['small-countries'] })
			.map((f) => f.properties.iso3);
	}, at);
}

test('while the live map zooms, each name and its leader line stay with their country', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	// Japan and the Koreas' names are set out at sea (the other nationalities' may be too).
	const designedLeaders = async () => {
		for (const iso3 of ['PRK', 'JPN', 'KOR'])
			await expect(page.locator(`.callout-leaders path[data-iso3="${iso3}"]`)).toHaveCount(1);
	};
	await designedLeaders();
	// Every frame of a zoom in and back out: each leader starts on its country's point and ends
	// on its name's box, wherever the map has carried both.
	const frames = await page.evaluate(async () => {
		type Map = {
			on(type: string, listener: () => void): void;
			off(type: string, listener: () => void): void;
			once(type: string, listener: () => void): void;
			project(p: [number, number]): { x: number; y: number };
			getContainer(): HTMLElement;
			zoomTo(zoom: number, options: { duration: number }): void;
			getZoom(): number;
		};
		const map = (window as unknown as { dashboardMap: Map }).dashboardMap;
		const points: Record<string, [number, number]> = {
			PRK: [127.13, 40.13],
			JPN: [136.71, 36.01],
			KOR: [127.82, 36.42]
		};
		const misses: string[] = [];
		let checked = 0;
		const record = () => {
			const origin = map.getContainer().getBoundingClientRect();
			for (const path of document.querySelectorAll<SVGPathElement>('.callout-leaders path')) {
				const iso3 = path.dataset.iso3!;
				if (!(iso3 in points)) continue;
				const label = document.querySelector<HTMLElement>(`.map .map-label[data-iso3="${iso3}"]`)!;
				const [from, to] = [0, path.getTotalLength()].map((at) => path.getPointAtLength(at));
				const box = label.getBoundingClientRect();
				const [l, t, r, b] = [
					box.left - origin.left,
					box.top - origin.top,
					box.right - origin.left,
					box.bottom - origin.top
				];
				// The line's end on the name's box (its near side), to a pixel or two.
				const onBox =
					to!.x >= l - 2 &&
					to!.x <= r + 2 &&
					to!.y >= t - 2 &&
					to!.y <= b + 2 &&
					(Math.abs(to!.x - l) <= 2 ||
						Math.abs(to!.x - r) <= 2 ||
						Math.abs(to!.y - t) <= 2 ||
						Math.abs(to!.y - b) <= 2);
				const country = map.project(points[iso3]!);
				// From the country's name point (the geometry's points.json), to a pixel or two.
				const onCountry = Math.hypot(from!.x - country.x, from!.y - country.y) <= 2;
				if (!onBox || !onCountry)
					misses.push(
						`${iso3} at zoom ${map.getZoom().toFixed(2)}: line ${from!.x.toFixed(0)},${from!.y.toFixed(0)}→${to!.x.toFixed(0)},${to!.y.toFixed(0)}, name ${l.toFixed(0)},${t.toFixed(0)}–${r.toFixed(0)},${b.toFixed(0)}, country ${country.x.toFixed(0)},${country.y.toFixed(0)}`
					);
				checked++;
			}
		};
		map.on('render', record);
		const start = map.getZoom();
		for (const zoom of [start + 1.2, start]) {
			const ended = new Promise<void>((resolve) => map.once('moveend', () => resolve()));
			map.zoomTo(zoom, { duration: 1200 });
			await ended;
		}
		map.off('render', record);
		return { misses, checked };
	});
	expect(frames.checked, 'leader lines checked in the zoom’s frames').toBeGreaterThan(30);
	expect(frames.misses.slice(0, 5), `${frames.misses.length} frames with a loose line`).toEqual([]);
	// Once the map stops, the names are placed again for it, their lines tied to them.
	await designedLeaders();
});

test.describe('on a phone', () => {
	test.use(PHONE);

	for (const path of ['/', '/?layer=engagement', '/country/kor', '/ja/country/kor'])
		test(`every name and leader line on ${path} stays inside the map, live and at other zooms`, async ({
			page
		}) => {
			await page.goto(path);
			await expect(page.locator('[data-answering] svg.static-map')).toHaveCount(1);
			// A view with lines starts the live map at once: the world in the page gives way to it.
			const staticFirst = !path.includes('engagement');
			if (staticFirst)
				await expect(page.locator('.static-names .map-label:not([hidden])').first()).toBeVisible();
			const seen: string[] = [];
			const check = async (where: string, layer: '.static-names' | '.map') => {
				const { size, labels, leaders } = await namesOnMap(page, layer);
				seen.push(`${where}: ${labels.length} names`);
				for (const { iso3, box } of labels)
					expect(inside(box, size), `${where}: ${iso3}'s name ${JSON.stringify(box)}`).toBe(true);
				expect(overlappingNames(labels), `${where}: names over each other`).toEqual([]);
				for (const { iso3, from, to } of leaders)
					for (const end of [from, to])
						expect(
							inside({ left: end.x, right: end.x, top: end.y, bottom: end.y }, size),
							`${where}: ${iso3}'s leader end ${JSON.stringify(end)} in ${JSON.stringify(size)}`
						).toBe(true);
				return labels.length;
			};
			if (staticFirst)
				expect(await check('the world in the page', '.static-names')).toBeGreaterThan(0);
			await waitForMap(page);
			for (const zoom of [null, 0.5, 1.5, 2.5, 4]) {
				if (zoom !== null)
					await page.evaluate(
						(zoom) =>
							new Promise<void>((resolve) => {
								const map = (
									window as unknown as {
										dashboardMap: {
											once(type: string, listener: () => void): void;
											zoomTo(zoom: number, options: { duration: number }): void;
										};
									}
								).dashboardMap;
								map.once('moveend', () => resolve());
								map.zoomTo(zoom, { duration: 0 });
							}),
						zoom
					);
				// Placed for the view the map now shows (the search runs in a worker).
				await page.waitForFunction(() => {
					const map = (window as unknown as { dashboardMap: { getZoom(): number } }).dashboardMap;
					const placed = document.querySelector<SVGElement>('.callout-leaders')?.dataset.placedFor;
					return placed === map.getZoom().toFixed(3);
				});
				await check(`the live map at zoom ${zoom ?? 'start'}`, '.map');
			}
			expect(seen.length).toBe(staticFirst ? 6 : 5);
		});
});
