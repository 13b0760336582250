// What a person sees in the first seconds, on a desk, a projector and a phone: the answer in words
// on the first screen, a frame centred on the story, names that sit on the sea and never collide.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	coloursAround,
	DESIGN_COLOUR,
	expectColourAt,
	holdGeometry,
	hoverAt,
	openReady,
	sameColour,
	screenPoint,
	staticScreenPoint,
	waitForMap
} from './helpers';

const SIZES = {
	desk: { viewport: { width: 1280, height: 800 } },
	projector: { viewport: { width: 1024, height: 768 } },
	phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
} as const;

/** Inland points, clear of borders and of the names' leader lines at world zoom. */
const HONSHU: [number, number] = [138.3, 36.3];
const NORTH_KOREA: [number, number] = [126, 40];
const ROMANIA: [number, number] = [25, 45.9];
const LEBANON: [number, number] = [35.9, 33.9];

/**
 * The pages whose names and width each size checks: every kind of page at one size at least, the
 * phone (where room is scarcest) most of them.
 */
const PAGES: Record<keyof typeof SIZES, string[]> = {
	desk: ['/', '/country/usa'],
	projector: ['/?layer=forums', '/?layer=engagement', '/country/prk'],
	phone: ['/', '/country/jpn', '/country/kor', '/country/lbn', '/table']
};

/** The abductee nationalities as the data names them: what the caption must say. */
const ABDUCTEES: string[] = (
	JSON.parse(readFileSync('data/countries.json', 'utf8')) as {
		countries: { name: string; abduction?: unknown }[];
	}
).countries
	.filter((c) => c.abduction)
	.map((c) => c.name);

type MapHandle = {
	getCenter(): { lng: number };
	getBounds(): { getWest(): number; getEast(): number };
	project(p: [number, number]): { x: number; y: number };
	queryRenderedFeatures(
		p: [number, number],
		o: { layers: string[] }
	): { properties: { iso3: string } }[];
	cooperativeGestures: { isEnabled(): boolean };
};

/** Shown map names that overlap each other, leave the map's box, or sit on a country not theirs. */
async function labelProblems(page: Page) {
	return page.evaluate(() => {
		const map = (window as unknown as { dashboardMap: MapHandle }).dashboardMap;
		const frame = document.querySelector('.map')!.getBoundingClientRect();
		const labels = [...document.querySelectorAll<HTMLElement>('.map-label')].filter(
			(l) => !l.hidden && l.getClientRects().length
		);
		const problems: string[] = [];
		const boxes = labels.map((l) => ({
			name: l.textContent,
			iso3: l.dataset.iso3,
			r: l.getBoundingClientRect()
		}));
		const inView = (r: DOMRect) =>
			r.left < frame.right && frame.left < r.right && r.top < frame.bottom && frame.top < r.bottom;
		// A name panned wholly out of view is not seen, so neither cut nor in the way.
		const seen = boxes.filter(({ r }) => inView(r));
		for (const { name, iso3, r } of seen) {
			if (
				r.left < frame.left ||
				r.right > frame.right ||
				r.top < frame.top ||
				r.bottom > frame.bottom
			)
				problems.push(`${name} is cut by the map's edge`);
			// Sample the name's box: under it only sea or its own country.
			for (let i = 0; i <= 6; i++) {
				for (const fy of [0.25, 0.5, 0.75]) {
					const x = r.left + (r.width * i) / 6 - frame.left;
					const y = r.top + r.height * fy - frame.top;
					const under = map.queryRenderedFeatures([x, y], { layers: ['countries-fill'] });
					for (const f of under)
						if (f.properties.iso3 !== iso3) problems.push(`${name} sits on ${f.properties.iso3}`);
				}
			}
		}
		for (let i = 0; i < seen.length; i++)
			for (let j = i + 1; j < seen.length; j++) {
				const a = seen[i]!.r;
				const b = seen[j]!.r;
				if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
					problems.push(`${seen[i]!.name} overlaps ${seen[j]!.name}`);
			}
		return [...new Set(problems)];
	});
}

for (const [sizeName, size] of Object.entries(SIZES)) {
	test.describe(`at the ${sizeName}'s size`, () => {
		test.use(size);

		// One test per page, so that one page's failure does not hide another's.
		for (const path of PAGES[sizeName as keyof typeof SIZES]) {
			test(`${path} does not scroll sideways, and no map name collides, leaves the map or sits on a neighbour`, async ({
				page
			}) => {
				await page.goto(path);
				if (path !== '/table') {
					await waitForMap(page);
					// Names are placed for the zoom the map settles at.
					await expect
						.poll(() =>
							page.evaluate(() =>
								(
									window as unknown as { dashboardMap: { isMoving(): boolean } }
								).dashboardMap.isMoving()
							)
						)
						.toBe(false);
					expect(await labelProblems(page)).toEqual([]);
				}
				const sideways = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(sideways).toBeLessThanOrEqual(0);
			});
		}

		test('the first screen of / names the seven nationalities, each a link, certain ones in bold', async ({
			page
		}) => {
			await page.goto('/');
			const caption = page.getByLabel('Abductee nationalities in the document');
			const height = page.viewportSize()!.height;
			expect(ABDUCTEES).toHaveLength(7);
			for (const name of ABDUCTEES) {
				const link = caption.getByRole('link', { name, exact: true });
				await expect(link).toBeVisible();
				const box = (await link.boundingBox())!;
				expect(box.y + box.height, name).toBeLessThanOrEqual(height);
			}
			const weight = (name: string) =>
				caption
					.getByRole('link', { name, exact: true })
					.evaluate((a) => Number(getComputedStyle(a).fontWeight));
			expect(await weight('Japan')).toBeGreaterThan(await weight('Thailand'));
		});
	});
}

test('a country’s name in the caption or the panel shows the country on the map, before and after the live map starts', async ({
	page
}) => {
	await openReady(page, '/');
	const caption = page.getByLabel('Abductee nationalities in the document');
	const tooltip = page.getByRole('tooltip');
	/** How far the tooltip lies from a point: 0 when the point is inside it. */
	const tooltipDistanceTo = async ({ x, y }: { x: number; y: number }) => {
		const box = (await tooltip.boundingBox())!;
		const dx = Math.max(box.x - x, 0, x - box.x - box.width);
		const dy = Math.max(box.y - y, 0, y - box.y - box.height);
		return Math.hypot(dx, dy);
	};
	const darkAround = async (at: { x: number; y: number }) =>
		(await coloursAround(page, at, 6)).filter((colour) => sameColour(colour, '#111111', 40)).length;

	// Romania is a few pixels across on the world: the mouse on its name outlines it in near-black
	// and puts a tooltip naming it beside it.
	const romania = await staticScreenPoint(page, ROMANIA);
	expect(await darkAround(romania), 'dark pixels round Romania before').toBe(0);
	await caption.getByRole('link', { name: 'Romania', exact: true }).hover();
	// Its name alone: the caption beside the link says the rest, and a smaller box hides less.
	await expect(tooltip).toHaveText('Romania');
	expect(await tooltipDistanceTo(romania)).toBeLessThan(30);
	expect(await darkAround(romania), 'dark pixels round Romania, pointed at').toBeGreaterThan(3);
	await page.mouse.move(5, 5);
	await expect(tooltip).toHaveCount(0);

	// The keyboard's focus points as the mouse does; a name in the panel's lists does too.
	await caption.getByRole('link', { name: 'Thailand', exact: true }).focus();
	await page.keyboard.press('Tab');
	await expect(tooltip).toContainText('Romania');
	await page.keyboard.press('Shift+Tab');
	await expect(tooltip).toContainText('Thailand');
	await page
		.getByRole('region', { name: 'Nationalities that were, or may have been, abducted' })
		.getByRole('link', { name: 'Lebanon', exact: true })
		.hover();
	await expect(tooltip).toContainText('Lebanon');
	expect(await tooltipDistanceTo(await staticScreenPoint(page, LEBANON))).toBeLessThan(30);
	// And a country an event names, in the panel's list of events.
	await page
		.getByRole('region', { name: 'Events in the document' })
		.getByRole('link', { name: 'Russia', exact: true })
		.first()
		.hover();
	await expect(tooltip).toHaveText('Russia');

	// On the live map, the same.
	await waitForMap(page);
	await page.mouse.move(5, 5);
	await caption.getByRole('link', { name: 'Lebanon', exact: true }).hover();
	await expect(tooltip).toContainText('Lebanon');
	expect(await tooltipDistanceTo(await screenPoint(page, LEBANON))).toBeLessThan(30);
});

test('the world is framed on the Pacific side of Asia: Europe left, Japan mid, the Americas right', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	const width = await page.locator('.map canvas').evaluate((c) => c.clientWidth);
	const x = async (at: [number, number]) => {
		const point = await screenPoint(page, at);
		const box = (await page.locator('.map canvas').boundingBox())!;
		return (point.x - box.x) / width;
	};
	// Longitudes as the map holds them: the Americas one turn east.
	const [berlin, tokyo, washington] = [
		await x([13.4, 52.5]),
		await x([139.7, 35.7]),
		await x([-77 + 360, 38.9])
	];
	expect(berlin).toBeGreaterThan(0);
	expect(berlin).toBeLessThan(tokyo);
	expect(tokyo).toBeGreaterThan(0.35);
	expect(tokyo).toBeLessThan(0.65);
	expect(washington).toBeGreaterThan(tokyo);
	expect(washington).toBeLessThan(1);
	// The picture shown before the map is drawn for the same frame: both are Mercator fitted to
	// the same box, so the map replaces it in place.
	const sizes = await page.evaluate(() => {
		const world = document.querySelector<SVGSVGElement>('svg.static-map')!.dataset.world!;
		const [width, height] = world.split(' ').map(Number);
		return { natural: width! / height! };
	});
	expect(sizes.natural).toBeGreaterThan(1.6);
});

test('no engagement line wraps round the frame', async ({ page }) => {
	await page.goto('/?layer=engagement');
	await waitForMap(page);
	// The lines as the map was given them (its tiles cut them up, so read the source's data).
	const lines = () =>
		page.evaluate(async () => {
			type Line = { properties: { id: string }; geometry: GeoJSON.MultiLineString };
			const map = (
				window as unknown as {
					dashboardMap: {
						getSource(id: string): { getData(): Promise<{ features: Line[] }> } | undefined;
					};
				}
			).dashboardMap;
			const data = await map.getSource('links')?.getData();
			return data?.features ?? [];
		});
	await expect.poll(async () => (await lines()).length).toBeGreaterThan(0);
	const wrapping = (await lines())
		.filter(
			(line) =>
				line.geometry.coordinates.length > 1 ||
				line.geometry.coordinates[0]!.some(
					(point, i, all) => i > 0 && Math.abs(point[0]! - all[i - 1]![0]!) > 90
				)
		)
		.map((line) => line.properties.id);
	expect(wrapping).toEqual([]);
});

test('North Korea’s tooltip says it is the state responsible', async ({ page }) => {
	// (On the engagement layer lines start at its centre and take the hover; the unit tests cover
	// that layer's words.)
	for (const path of ['/', '/?layer=forums']) {
		await page.goto(path);
		await waitForMap(page);
		const tooltip = await hoverAt(page, [126.5, 40.5]);
		await expect(tooltip, path).toContainText('North Korea');
		await expect(tooltip, path).toContainText('state responsible');
	}
});

test('the forums layer never says "not involved", keeps North Korea marked, and opens on a forum that fills the map', async ({
	page
}) => {
	await page.goto('/?layer=forums');
	// The world in the page's HTML shows the first forum before the live map: North Korea in its
	// own hue, Japan in the members' teal. Each point is found afresh: the page's script may
	// frame the world anew (clear of the legend) while the colour is being read.
	await expectColourAt(
		page,
		() => staticScreenPoint(page, NORTH_KOREA),
		DESIGN_COLOUR.responsible,
		"North Korea in the page's world"
	);
	await expectColourAt(
		page,
		() => staticScreenPoint(page, HONSHU),
		DESIGN_COLOUR.forumMember,
		"Japan in the page's world"
	);
	await waitForMap(page);
	await expect(page.locator('svg.static-map')).toBeHidden();
	const select = page.getByRole('combobox', { name: 'Forum' });
	const values = await select
		.locator('option')
		.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
	expect(values.length).toBeGreaterThan(3);
	// The default forum (the Commission of Inquiry) colours countries on three continents, as the
	// reader sees them on the canvas.
	const places: [string, [number, number]][] = [
		['Japan', HONSHU],
		['the United States', [-98 + 360, 39]],
		['the United Kingdom', [-1.5, 52.5]]
	];
	for (const [name, at] of places) {
		await expectColourAt(page, await screenPoint(page, at), DESIGN_COLOUR.forumMember, name);
	}
	for (const value of values) {
		await select.selectOption(value);
		await expect(page).toHaveURL(new RegExp(`layer=forums`));
		await expect(page.locator('.overlay .legend')).toContainText('North Korea');
		await expectColourAt(
			page,
			await screenPoint(page, NORTH_KOREA),
			DESIGN_COLOUR.responsible,
			`North Korea on ${value}`
		);
		await expect(page.locator('body')).not.toContainText(/not involved/i);
		// A country the document names for no forum: Australia.
		const tooltip = await hoverAt(page, [134, -25]);
		await expect(tooltip).toContainText('Australia');
		await expect(tooltip).not.toContainText(/not involved/i);
	}
});

test('the panel opens with the layer’s own words and, on the timeline, the date and latest event', async ({
	page
}) => {
	await page.goto('/?layer=engagement&until=2014-03');
	const panel = page.locator('.panel');
	const firstHeading = panel.getByRole('heading', { level: 1 });
	await expect(firstHeading).toHaveText(/events name each country/i);
	const moment = page.locator('.moment');
	await expect(moment).toContainText('Up to March 2014');
	await expect(moment).toContainText('Latest:');
	const top = (await moment.boundingBox())!;
	expect(top.y + top.height).toBeLessThanOrEqual(page.viewportSize()!.height);

	await page.getByRole('radio', { name: 'Forums' }).check();
	await expect(firstHeading).not.toHaveText(/events name each country/i);
	await expect(firstHeading).toHaveText(
		(await page.getByRole('combobox', { name: 'Forum' }).locator('option:checked').textContent())!
	);
});

test('the timeline keeps its width while it plays, with stops in proportion to time', async ({
	page
}) => {
	await openReady(page, '/?until=2005-09');
	const slider = page.getByRole('slider', { name: /timeline/i });
	const width = async () => (await slider.boundingBox())!.width;
	const start = await width();
	const seen = new Set<string>();
	await page.getByRole('button', { name: 'Play' }).click();
	await expect
		.poll(
			async () => {
				seen.add((await page.locator('output').textContent()) ?? '');
				expect(await width()).toBe(start);
				return seen.size;
			},
			{ timeout: 20_000 }
		)
		.toBeGreaterThan(3);
	await page.getByRole('button', { name: 'Pause' }).click();
	// The stops under the track: the gap from late 2007 to 2013 is wider than any other.
	const lefts = await page
		.locator('.timeline .stop')
		.evaluateAll((stops) => stops.map((s) => parseFloat((s as HTMLElement).style.left)));
	const gaps = lefts.slice(1).map((l, i) => l - lefts[i]!);
	const widest = Math.max(...gaps);
	expect(widest).toBeGreaterThan(25);
	expect(gaps.filter((g) => g === widest)).toHaveLength(1);
});

test('a small country is framed with its neighbours and a locator', async ({ page }) => {
	await page.goto('/country/lbn');
	await waitForMap(page);
	await expect
		.poll(() =>
			page.evaluate(() => {
				const bounds = (window as unknown as { dashboardMap: MapHandle }).dashboardMap.getBounds();
				return bounds.getEast() - bounds.getWest();
			})
		)
		.toBeGreaterThan(20);
	const locator = page.locator('.locator');
	await expect(locator).toBeVisible();
	await expect(locator.locator('.dot')).toBeVisible();
});

test('choosing China from the map leaves no tooltip on the zoomed map', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const tooltip = await hoverAt(page, [103, 35]);
	await expect(tooltip).toContainText('China');
	const { x, y } = await screenPoint(page, [103, 35]);
	await page.mouse.click(x, y);
	await expect(page).toHaveURL(/\/country\/chn/);
	await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('the names of Japan and the Koreas open their countries, on the world before the live map and on the live map', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('.static-names .map-label[data-iso3="KOR"]').click();
	await expect(page).toHaveURL(/\/country\/kor/);
	await page.goto('/');
	await waitForMap(page);
	await page.locator('.maplibregl-marker.map-label[data-iso3="PRK"]').click();
	await expect(page).toHaveURL(/\/country\/prk/);
});

test.describe('on a phone', () => {
	test.use(SIZES.phone);

	test('the map stops where the legend starts: nothing of it lies under the legend', async ({
		page
	}) => {
		await openReady(page, '/country/chn');
		const map = (await page.locator('.map-area > .map-frame').boundingBox())!;
		const legend = (await page.locator('.legend-overlay').boundingBox())!;
		expect(map.y + map.height).toBeLessThanOrEqual(legend.y + 1);
	});

	test('while the page is still arriving, the answer and the map already stand where they stay', async ({
		page,
		request
	}) => {
		// Where the page's parts stand, from its HTML alone (no script), whole or cut short.
		const layout = async (html: string) => {
			await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
			await page.route(/\/$/, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
			await page.goto('/');
			const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
			const parts = { answer: await box('.answer'), map: await box('.map-frame') };
			await page.unrouteAll();
			return parts;
		};
		const html = await (await request.get('/')).text();
		// Cut just after the world: what a browser may paint before the timeline and panels arrive.
		const cut = html.indexOf('</svg>', html.indexOf('static-map')) + '</svg>'.length;
		const early = await layout(html.slice(0, cut));
		const whole = await layout(html);
		expect(early.answer.height).toBeCloseTo(whole.answer.height, 0);
		expect(early.map.y).toBeCloseTo(whole.map.y, 0);
	});

	test('one finger scrolls the page, two move the map; a tap on the United States opens it', async ({
		page
	}) => {
		await page.goto('/');
		await waitForMap(page);
		expect(
			await page.evaluate(() =>
				(
					window as unknown as { dashboardMap: MapHandle }
				).dashboardMap.cooperativeGestures.isEnabled()
			)
		).toBe(true);
		const header = (await page.locator('.site-header').boundingBox())!;
		expect(header.height).toBeLessThan(100);
		const { x, y } = await screenPoint(page, [-98 + 360, 39]);
		await page.touchscreen.tap(x, y);
		await expect(page).toHaveURL(/\/country\/usa/);
	});

	test('Japan is whole on the map, and a country page points to its facts', async ({ page }) => {
		await page.goto('/country/jpn');
		await waitForMap(page);
		const cue = page.getByRole('link', { name: /What the document says about Japan/ });
		await expect(cue).toBeInViewport();
		await cue.click();
		await expect(page.getByRole('heading', { name: 'Japan', level: 1 })).toBeInViewport();

		await page.goto('/');
		await waitForMap(page);
		const canvas = (await page.locator('.map canvas').boundingBox())!;
		for (const corner of [
			[129, 31],
			[146, 44]
		] as [number, number][]) {
			const point = await screenPoint(page, corner);
			expect(point.x).toBeGreaterThan(canvas.x);
			expect(point.x).toBeLessThan(canvas.x + canvas.width);
		}
	});
});

test('at projector size the engagement legend leaves the United States and Korea uncovered', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/?layer=engagement');
	await waitForMap(page);
	// The most engaged countries, where the lines end: what lies on top there must be the map.
	for (const [name, at] of [
		['United States', [-98 + 360, 39]],
		['South Korea', [127.8, 36.3]]
	] as const) {
		const { x, y } = await screenPoint(page, [at[0], at[1]]);
		const onTop = await page.evaluate(
			([px, py]) => document.elementFromPoint(px!, py!)?.closest('.legend-overlay') !== null,
			[x, y]
		);
		expect(onTop, `${name} under the legend`).toBe(false);
	}
});

/** The countries the document itself names, for an abduction or in an event. */
const DOCUMENT_NAMES = ['USA', 'JPN', 'KOR', 'PRK', 'CHN', 'RUS', 'GBR', 'THA', 'ROU', 'LBN'];

test('the legend shows every row and lies clear of every country the document names', async ({
	page
}) => {
	// The world before the live map: its shapes are where the live map draws them (one camera).
	await holdGeometry(page);
	for (const [width, height] of [
		[1280, 800],
		[1024, 768],
		[1440, 900],
		// A laptop's browser under its bars: the page scrolls rather than cut the legend.
		[1024, 600]
	] as const) {
		await page.setViewportSize({ width, height });
		for (const path of ['/', '/layer/engagement']) {
			await page.goto(path);
			await expect(page.locator('[data-answering] svg.static-map')).toHaveCount(1);
			const where = `${path} at ${width}x${height}`;
			await expect(async () => {
				const seen = await page.evaluate((codes) => {
					const legend = document.querySelector('.legend-overlay')!;
					const box = legend.getBoundingClientRect();
					const under = codes.filter((iso3) => {
						const shape = document.querySelector(`svg.static-map path[data-iso3="${iso3}"]`);
						const b = shape!.getBoundingClientRect();
						if (b.width === 0) return true;
						return (
							b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom
						);
					});
					return { hidden: legend.scrollHeight - legend.clientHeight, under };
				}, DOCUMENT_NAMES);
				expect(seen.hidden, `pixels of the legend scrolled out of sight, ${where}`).toBe(0);
				expect(seen.under, `countries under the legend (or not drawn), ${where}`).toEqual([]);
			}).toPass({ timeout: 5_000 });
		}
	}
});

test('on an iPad held upright the map takes the width, above the panel, and the timeline shows whole', async ({
	page
}) => {
	for (const [width, height] of [
		[768, 1024],
		[820, 1180]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
		const where = `at ${width}x${height}`;
		const seen = await page.evaluate(() => {
			const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
			const map = box('.map-frame');
			const panel = box('section.panel');
			// What the reader sees at the middle of each part of the timeline: the part itself.
			const onTop = (selector: string) => {
				const part = document.querySelector(selector)!;
				const b = part.getBoundingClientRect();
				const top = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
				return !!top && part.contains(top);
			};
			const ends = [...document.querySelectorAll('.timeline .ends > span')].map((s) =>
				s.getBoundingClientRect()
			);
			return {
				// One column, as on a phone: the map across the screen, the panel below it.
				width: map.width / innerWidth,
				below: panel.top - map.bottom,
				play: onTop('.timeline .play'),
				date: onTop('.timeline output'),
				dateCut: (() => {
					const output = document.querySelector('.timeline output')!;
					return output.scrollWidth - output.clientWidth;
				})(),
				endsApart: ends[1]!.left - ends[0]!.right
			};
		});
		expect(seen.width, `the map's share of the width ${where}`).toBeGreaterThan(0.97);
		expect(seen.below, `the panel starts above the map's foot ${where}`).toBeGreaterThanOrEqual(0);
		expect(seen.play, `Play is covered ${where}`).toBe(true);
		expect(seen.date, `the date is covered ${where}`).toBe(true);
		expect(seen.dateCut, `the date is cut ${where}`).toBe(0);
		expect(seen.endsApart, `the timeline's ends run together ${where}`).toBeGreaterThan(8);
	}
});
