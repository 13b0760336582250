import { expect, test, type Page } from '@playwright/test';
import {
	coloursAround,
	DESIGN_COLOUR,
	disableWebGL,
	expectColourAt,
	hoverAt,
	openReady,
	sameColour,
	screenPoint,
	waitForMap
} from './helpers';

type MapHandle = {
	getPaintProperty(layer: string, property: string): unknown;
	querySourceFeatures(source: string): { properties: { id: string } }[];
};

/** Inland points, clear of borders, of the names' leader lines and of the engagement lines. */
const HONSHU: [number, number] = [138.3, 36.3];
const TEXAS: [number, number] = [-99 + 360, 31.5];
const CHINA: [number, number] = [103, 35];

/** The colour the reader sees at a place on the live map. */
const colourAt = async (page: Page, at: [number, number], colour: string, what: string) =>
	expectColourAt(page, await screenPoint(page, at), colour, what);

const legendItems = async (page: Page) =>
	(await page.locator('.overlay .legend li').allInnerTexts()).map((t) => t.trim());

test('the events layer’s two-column key reads downwards: the shades in order, then the lines', async ({
	page
}) => {
	await openReady(page, '/layer/engagement');
	const box = async (label: string) =>
		(await page.locator('.overlay .legend li').filter({ hasText: label }).boundingBox())!;
	const shades = ['6 or more events', '3 to 5 events', '1 or 2 events', 'None'];
	const boxes = await Promise.all(shades.map(box));
	// Each shade straight below the one before it, in one column.
	for (let i = 1; i < boxes.length; i++) {
		expect(boxes[i]!.x, `${shades[i]} under ${shades[i - 1]}`).toBeCloseTo(boxes[i - 1]!.x, 0);
		expect(boxes[i]!.y, `${shades[i]} under ${shades[i - 1]}`).toBeGreaterThan(boxes[i - 1]!.y);
	}
	// The kinds of line in the other column.
	expect((await box('Summit')).x).toBeGreaterThan(boxes[0]!.x + boxes[0]!.width / 2);
});

test('through the dates to the whole document, the events key keeps its size and the world its fit', async ({
	page
}) => {
	// The static world, whose viewBox is its fit; the live map fits it the same way.
	await disableWebGL(page);
	// Opened at a date, to be read or cited, the key lists what is drawn, with no blank rows.
	await openReady(page, '/layer/engagement?until=2010-01');
	await expect(page.locator('.legend-overlay li')).not.toHaveCount(0);
	await expect(page.locator('.legend-overlay li.unseen')).toHaveCount(0);
	await openReady(page, '/layer/engagement');
	// Read in the frame after next, once the page has drawn what the date changed.
	const fit = () =>
		page.evaluate(
			() =>
				new Promise((done) =>
					requestAnimationFrame(() =>
						requestAnimationFrame(() =>
							done({
								viewBox: document.querySelector('svg.static-map')!.getAttribute('viewBox'),
								key: document.querySelector<HTMLElement>('.legend-overlay')!.offsetHeight
							})
						)
					)
				)
		);
	// The reader takes the timeline back to its first date, as Play does when it starts.
	const slider = page.getByRole('slider', { name: /timeline/i });
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(page.locator('output')).toContainText('September 2005');
	const first = await fit();
	// Kinds of line come in as the date passes them (a visit in 2017, summits in 2018): each
	// keeps its place in the key, unseen until then.
	for (let i = 0; i < 120; i++) {
		const date = (await page.locator('output').textContent()) ?? '';
		expect(await fit(), `the key and the world's fit at ${date}`).toEqual(first);
		if (/Whole document/.test(date)) break;
		await page.keyboard.press('ArrowRight');
	}
	await expect(
		page.locator('.legend-overlay li:not(.unseen)', { hasText: 'Summit' })
	).toBeVisible();
});

test('switching layers changes the legend and the map’s paint', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await colourAt(page, HONSHU, DESIGN_COLOUR.confirmed, 'Japan on the abductee layer');
	expect(await legendItems(page)).toContain(
		'May have been abducted (returnees’ testimony, hatched)'
	);

	await page.getByRole('radio', { name: 'Events by country' }).check();
	await expect(page).toHaveURL(/\?layer=engagement$/);
	// The legend says what the shading counts: events naming a country, whoever acted. It changes
	// with the map, and the answer strip above the map goes with it, so the map grows: the United
	// States' point is read once the page has laid it out.
	await expect(page.locator('.overlay figcaption')).toContainText(
		'Events naming each country, whoever acted'
	);
	await expect(page.locator('.answer')).toHaveCount(0);
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
	// The United States, named in six or more dated events: ColorBrewer Blues' darkest (navy).
	await colourAt(page, TEXAS, '#08306b', 'the United States on the engagement layer');
	await expect.poll(() => legendItems(page)).toContain('Raised with North Korea (dashed)');
	// What a line's head means is in the key, beside the kinds of line.
	await expect
		.poll(() => legendItems(page))
		.toContain('Arrow: from the side that acted, to the one it met or named');
	// The lines are drawn on this layer only.
	const opacity = () =>
		page.evaluate(() =>
			(window as unknown as { dashboardMap: MapHandle }).dashboardMap.getPaintProperty(
				'links-japan',
				'line-opacity'
			)
		);
	await expect.poll(opacity).toBe(1);

	await page.getByRole('radio', { name: 'Abductee nationalities' }).check();
	// The abductee layer's answer strip comes back above the map, which moves down: Japan's point
	// is read once the page has laid it out.
	await expect(page.locator('.answer')).toBeVisible();
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
	await colourAt(page, HONSHU, DESIGN_COLOUR.confirmed, 'Japan back on the abductee layer');
	await expect.poll(opacity).toBe(0);
});

test('choosing the G7 highlights its members and lists its events', async ({ page }) => {
	await page.goto('/?layer=forums');
	await waitForMap(page);
	await page.getByRole('combobox', { name: 'Forum' }).selectOption({ label: 'G7' });
	await expect(page).toHaveURL(/layer=forums&forum=g7/);
	// The document lists no G7 members: they are shown as context, in the lighter teal; but it
	// names Japan at the G7 (section 3), so Japan takes the teal of what the document says.
	await colourAt(page, HONSHU, DESIGN_COLOUR.forumMember, 'Japan, named at the G7');
	await colourAt(page, TEXAS, DESIGN_COLOUR.forumContext, 'the United States, a G7 member');
	await colourAt(page, CHINA, DESIGN_COLOUR.none, 'China, not a member');
	await expect(page.getByRole('heading', { name: /^G7: events/ })).toBeVisible();
	await expect(page.locator('#event-g7-charlevoix-2018-06')).toBeVisible();
	const tooltip = await hoverAt(page, [9.5, 44.5]);
	await expect(tooltip).toContainText('Italy');
	await expect(tooltip).toContainText('Member (context, not in the document)');
});

test('before its visits, the Commission of Inquiry colours no country as named', async ({
	page
}) => {
	// England's Midlands, inland and clear of the names.
	const ENGLAND: [number, number] = [-1.6, 52.6];
	// The Commission was set up in March 2013 and visited the UK before its report of February
	// 2014 (section 1(b)): in January 2010 the UK is not named for it.
	await page.goto('/layer/forums?forum=coi&until=2010-01');
	await waitForMap(page);
	await colourAt(page, ENGLAND, DESIGN_COLOUR.none, 'the UK on the Commission’s layer in 2010');
	// The key keeps that entry's room for the dates to come, unseen and unread.
	await expect(
		page.locator('.overlay .legend li').filter({ hasText: 'Named by the document' })
	).toBeHidden();
	await page.goto('/layer/forums?forum=coi');
	await waitForMap(page);
	await colourAt(page, ENGLAND, DESIGN_COLOUR.forumMember, 'the UK, visited by the Commission');
});

test('a country page before its first event says none names it up to that date', async ({
	page
}) => {
	await page.goto('/country/usa?until=2010-01');
	await waitForMap(page);
	const panel = page.locator('article.country');
	await expect(panel).toContainText('No event up to January 2010 names United States directly.');
	await expect(panel).not.toContainText('No event in the document names');
	// The US status rests on the House resolution of September 2016 (the Congress section).
	await expect(panel.getByTestId('basis-later')).toContainText('September 2016');
});

test('moving the timeline to 2010 hides the 2018 summits, and the URL restores it', async ({
	page
}) => {
	await page.goto('/?layer=engagement');
	await waitForMap(page);
	await expect(page.locator('#event-japan-russia-summit-2018-09')).toBeVisible();
	const slider = page.getByRole('slider', { name: /timeline/i });
	await slider.focus();
	await page.keyboard.press('End');
	await expect(page.locator('output')).toContainText('Whole document');
	// Step back until the label reaches 2010 or earlier, three stops a press (Page Down): the
	// slider stops at each event's month, some fifty of them after 2010, and the bound leaves room
	// for them all.
	for (let i = 0; i < 40; i++) {
		const text = (await page.locator('output').textContent()) ?? '';
		const year = Number(text.match(/(\d{4})/)?.[1]);
		if (year && year <= 2010) break;
		await page.keyboard.press('PageDown');
	}
	await expect(page).toHaveURL(/until=(200\d|2010)-\d\d/);
	// A screen reader hears the date the slider stands at, not its position on the track.
	const shown = (await page.locator('output').textContent())!.trim();
	await expect(slider).toHaveAttribute('aria-valuetext', shown);
	await expect(slider).toHaveAttribute('aria-valuetext', /^Up to [A-Z][a-z]+ (200\d|2010)$/);
	await expect(page.locator('#event-japan-russia-summit-2018-09')).toHaveCount(0);
	await expect(page.locator('#event-japan-china-rok-summit-2018-05')).toHaveCount(0);
	await expect(page.locator('#event-six-party-joint-statement-2005')).toBeVisible();
	const linkIds = () =>
		page.evaluate(() =>
			(window as unknown as { dashboardMap: MapHandle }).dashboardMap
				.querySourceFeatures('links')
				.map((f) => f.properties.id)
		);
	await expect.poll(linkIds).not.toContain('JPN-RUS');

	const url = page.url();
	await page.goto('about:blank');
	await page.goto(url);
	await waitForMap(page);
	await expect(page.getByRole('radio', { name: 'Events by country' })).toBeChecked();
	await expect(page.locator('output')).toContainText(/20(0\d|10)/);
	await expect(page.locator('#event-japan-russia-summit-2018-09')).toHaveCount(0);
	await page.keyboard.press('Tab'); // keeps the page interactive after reload
	await page.getByRole('slider', { name: /timeline/i }).focus();
	await page.keyboard.press('End');
	await expect(page.locator('#event-japan-russia-summit-2018-09')).toBeVisible();
});

test('play steps through the events in order, and Pause stops it', async ({ page }) => {
	await page.goto('/?until=2005-09');
	await waitForMap(page);
	// From here the page's clock is Playwright's: it flows as usual, and the test can move it on at
	// will to show that no step is still due after Pause.
	await page.clock.install();
	await expect(page.locator('output')).toContainText('September 2005');
	// Every date the label shows is recorded, so a busy machine that renders play's steps late
	// cannot make the test read past the one it looks for.
	await page.locator('output').evaluate((output) => {
		const shown = [output.textContent ?? ''];
		(window as unknown as { shownDates: string[] }).shownDates = shown;
		new MutationObserver(() => shown.push(output.textContent ?? '')).observe(output, {
			childList: true,
			subtree: true,
			characterData: true
		});
	});
	await page.getByRole('button', { name: 'Play' }).click();
	const shownDates = () =>
		page.evaluate(() => (window as unknown as { shownDates: string[] }).shownDates);
	await expect.poll(async () => (await shownDates()).join(' | ')).toContain('February 2007');
	await page.getByRole('button', { name: 'Pause' }).click();
	// Paused: the button offers Play again and says it is no longer pressed.
	await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
	const order = (await shownDates()).map((text) => text.replace(/\s+/g, ' '));
	const first = order.findIndex((text) => text.includes('September 2005'));
	const later = order.findIndex((text) => text.includes('February 2007'));
	expect(first).toBeGreaterThanOrEqual(0);
	expect(later).toBeGreaterThan(first);
	const paused = await shownDates();
	// Ten of play's steps (1.2 s each) on the page's clock: had Pause left its timer running, the
	// label would have moved on by now.
	await page.clock.runFor(12_000);
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
	expect(await shownDates()).toEqual(paused);
	await expect(page.locator('output')).toHaveText(paused.at(-1)!);
});

test('hovering a line says what it stands for and when', async ({ page }) => {
	await page.goto('/?layer=engagement');
	await waitForMap(page);
	// Midway along the Japan–Russia arc is inside Russia: find a point on the line from the source.
	// The lines arrive just after the map is ready: wait for the Japan–Russia one.
	let point: [number, number] | null = null;
	await expect
		.poll(async () => {
			point = await page.evaluate(() => {
				type Line = {
					properties: { id: string };
					geometry: GeoJSON.LineString | GeoJSON.MultiLineString;
				};
				const map = (
					window as unknown as { dashboardMap: { querySourceFeatures(s: string): Line[] } }
				).dashboardMap;
				const line = map.querySourceFeatures('links').find((f) => f.properties.id === 'JPN-RUS');
				if (!line) return null;
				const coords =
					line.geometry.type === 'LineString'
						? line.geometry.coordinates
						: line.geometry.coordinates.flat();
				return coords[Math.floor(coords.length / 2)] as [number, number];
			});
			return point !== null;
		})
		.toBe(true);
	const { x, y } = await screenPoint(page, point!);
	await page.mouse.move(x, y, { steps: 2 });
	const tooltip = page.getByRole('tooltip');
	// Japan acted: the label says the line runs from it.
	await expect(tooltip).toContainText('Japan → Russia');
	await expect(tooltip).toContainText('September 2018');
});

test('malformed view parameters fall back to the default view', async ({ page }) => {
	await openReady(page, '/?layer=%3Cb%3E&forum=nato&until=2018-99&x=1');
	await expect(page.getByRole('radio', { name: 'Abductee nationalities' })).toBeChecked();
	await expect(page.locator('output')).toContainText('Whole document');
	await expect(page.locator('b')).toHaveCount(0);
});

test('through the dates, the panel’s note on the date only grows, so its heading never jumps back', async ({
	page
}) => {
	await openReady(page, '/?until=2005-09');
	const heading = page.locator('section.panel h1');
	const headingTop = () => heading.evaluate((h) => Math.round(h.getBoundingClientRect().top));
	await page.getByRole('slider', { name: /timeline/i }).focus();
	let last = await headingTop();
	for (let i = 0; i < 120; i++) {
		const date = (await page.locator('output').textContent()) ?? '';
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('output')).not.toHaveText(date);
		// The whole document has no note on a date.
		if (/Whole document/.test((await page.locator('output').textContent()) ?? '')) break;
		// The note's newest event changes with the date, one line or three.
		const top = await headingTop();
		expect(top, `the panel's heading after ${date}`).toBeGreaterThanOrEqual(last);
		last = top;
	}
});

test('at a date the abductee map says what it shows then, and why undated accounts stay', async ({
	page
}) => {
	const caption = page.getByRole('note', { name: 'Abductee nationalities in the document' });
	// In the page, not the window: on a phone the page scrolls to the timeline's slider.
	const mapTop = () =>
		page
			.locator('.map-area')
			.evaluate((area) => Math.round(area.getBoundingClientRect().top + scrollY));
	// Play starts by taking the whole document back to the first date: its sentence takes no more
	// lines than the whole document's, so the map (and on a phone, Play's button) stays put.
	for (const size of [
		{ width: 1280, height: 800 },
		{ width: 390, height: 844 }
	]) {
		await page.setViewportSize(size);
		await openReady(page, '/');
		const whole = await mapTop();
		await page.getByRole('slider', { name: /timeline/i }).focus();
		await page.keyboard.press('Home');
		await expect(caption).toContainText('Up to September 2005');
		expect(await mapTop(), `the map's top at the first date, ${size.width} px wide`).toBe(whole);
	}
	await page.setViewportSize({ width: 1280, height: 800 });

	await openReady(page, '/?until=2007-10');
	// The House resolution (2016) is the United States' only basis: six countries remain, and the
	// caption does not say the document named six.
	await expect(caption).toContainText(
		'Up to October 2007 the map shows 6 countries’ nationals as abducted or possibly so'
	);
	await expect(caption).not.toContainText('The document names');
	// Why the other six show at a date so early, in the sentence itself.
	await expect(caption).toContainText('only the US case is dated, so the rest show at every date');
	// Said once, above the map: the panel's note on the date does not say it again.
	await expect(page.locator('.moment')).toContainText('Up to October 2007');
	await expect(page.locator('.moment')).not.toContainText('only the US case is dated');
	// Not yet shown, the United States is neither read nor reached by Tab.
	await expect(caption.getByRole('link', { name: 'United States' })).toHaveCount(0);

	// Stepping through the dates, the words change and the map under them stays where it is, the
	// United States' case (from September 2016) included, and so it does when the timeline reaches
	// the whole document, as Play does at its end: its shorter sentence leaves the space it had.
	const slider = page.getByRole('slider', { name: /timeline/i });
	await slider.focus();
	const top = await mapTop();
	for (let i = 0; i < 120; i++) {
		if (/Whole document/.test((await page.locator('output').textContent()) ?? '')) break;
		await page.keyboard.press('ArrowRight');
		expect(await mapTop(), `the map's top at ${await page.locator('output').textContent()}`).toBe(
			top
		);
	}
	await expect(caption).toContainText('The document names nationals of 7 countries');
	await expect(caption.getByRole('link', { name: 'United States' })).toBeVisible();

	// The whole document: its own count, and no note on dates.
	await openReady(page, '/');
	await expect(caption).toContainText('The document names nationals of 7 countries');
	await expect(page.locator('.moment')).toHaveCount(0);
});

/**
 * The middle of a line on screen, measured along it, and the way it runs there towards its
 * northern end (Japan to Russia runs north): where the reader should see the line's head.
 */
function middleTowardsNorth(points: { x: number; y: number }[]) {
	const northLast = points[0]!.y > points.at(-1)!.y ? points : [...points].reverse();
	return alongLine(northLast, 0.5);
}

/** The point a fraction of the way along a line on screen, and the way it runs there. */
function alongLine(points: { x: number; y: number }[], fraction: number) {
	const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
	let left = lengths.reduce((a, b) => a + b, 0) * fraction;
	for (let i = 0; i < lengths.length; i++) {
		const [a, b] = [points[i]!, points[i + 1]!];
		if (left <= lengths[i]!) {
			const t = left / lengths[i]!;
			return {
				x: a.x + (b.x - a.x) * t,
				y: a.y + (b.y - a.y) * t,
				angle: Math.atan2(b.y - a.y, b.x - a.x)
			};
		}
		left -= lengths[i]!;
	}
	throw new Error('a line without length');
}

/**
 * A line cased in white where it crosses the navy United States: just beside the line, on its
 * southern side (the other lines to the US run north of it), the reader sees near-white, not the
 * country's navy.
 */
async function expectCasedAt(
	page: Page,
	at: { x: number; y: number; angle: number },
	what: string
) {
	const sides = [-1.9, 1.9].map((side) => ({
		x: at.x - side * Math.sin(at.angle),
		y: at.y + side * Math.cos(at.angle)
	}));
	const south = sides[0]!.y > sides[1]!.y ? sides[0]! : sides[1]!;
	await expect
		.poll(
			async () =>
				(await coloursAround(page, south, 1)).some((seen) => sameColour(seen, '#ffffff', 40)),
			{ message: `${what}: the casing beside the line`, timeout: 15_000 }
		)
		.toBe(true);
}

/**
 * A head pointing along `angle` at `at`: 3 px either side of the line, its wide back is in the
 * line's colour and its narrow tip is not (a bare line is 2.5 px wide and colours neither).
 */
async function expectHeadAt(
	page: Page,
	at: { x: number; y: number; angle: number },
	colour: string,
	what: string
) {
	const point = (along: number, across: number) => ({
		x: at.x + along * Math.cos(at.angle) - across * Math.sin(at.angle),
		y: at.y + along * Math.sin(at.angle) + across * Math.cos(at.angle)
	});
	// In the line's colour, give or take the head's white rim blending at its edge.
	const lineColoured = async (along: number, across: number) =>
		(await coloursAround(page, point(along, across), 1)).some((seen) =>
			sameColour(seen, colour, 40)
		);
	for (const side of [-3, 3]) {
		await expect
			.poll(() => lineColoured(-4, side), { message: `${what}: the head's back`, timeout: 15_000 })
			.toBe(true);
		expect(await lineColoured(4.5, side), `${what}: beside the head's tip`).toBe(false);
	}
}

/** A line of the static world on screen, as 101 points along it: by its pair's codes, sorted. */
function staticLineOnScreen(page: Page, key: string) {
	return page
		.locator(`svg.static-map path[data-link="${key}"]`)
		.evaluate((path: SVGPathElement) => {
			const matrix = path.getScreenCTM()!;
			const total = path.getTotalLength();
			return Array.from({ length: 101 }, (_, i) => {
				const p = path.getPointAtLength((total * i) / 100).matrixTransform(matrix);
				return { x: p.x, y: p.y };
			});
		});
}

test('a one-way line has a head at its middle, pointing from the side that acted', async ({
	page
}) => {
	// The static world first, as a reader without WebGL has it.
	await disableWebGL(page);
	await openReady(page, '/layer/engagement');
	const onScreen = await staticLineOnScreen(page, 'JPN-RUS');
	// Japan acted (a summit with Russia): the head points from Japan to Russia, north-west.
	await expectHeadAt(page, middleTowardsNorth(onScreen), '#0072b2', 'Japan → Russia, static');
	// Japan and the United States both acted in their events: no head on that line. Where it
	// crosses the navy United States, its white casing keeps it a line.
	const usLine = await staticLineOnScreen(page, 'JPN-USA');
	await expect(page.locator('svg.static-map [data-head="JPN-USA"]')).toHaveCount(0);
	const eastEnd = usLine[0]!.x > usLine.at(-1)!.x ? [...usLine].reverse() : usLine;
	await expectCasedAt(page, alongLine(eastEnd, 0.96), 'Japan – United States over the US, static');
});

/** A line of the live map, as it was given to the map, on screen: by its id either way round. */
async function liveLineOnScreen(page: Page, pair: [string, string]) {
	const ids = [pair.join('-'), [...pair].reverse().join('-')];
	let coordinates: [number, number][] = [];
	await expect
		.poll(async () => {
			coordinates = await page.evaluate(async (ids) => {
				const map = (
					window as unknown as {
						dashboardMap: {
							getSource(id: string): { getData(): Promise<GeoJSON.FeatureCollection> };
						};
					}
				).dashboardMap;
				// The whole line (a tile's features hold only their part of it).
				const data = await map.getSource('links').getData();
				const line = data.features.find((f) => ids.includes(f.properties?.id));
				return ((line?.geometry as GeoJSON.MultiLineString | undefined)?.coordinates.flat() ??
					[]) as [number, number][];
			}, ids);
			return coordinates.length;
		})
		.toBeGreaterThan(1);
	return Promise.all(coordinates.map((at) => screenPoint(page, at)));
}

test('the live map draws the same head and casing, where the static map does', async ({ page }) => {
	await page.goto('/layer/engagement');
	await waitForMap(page);
	const russia = await liveLineOnScreen(page, ['JPN', 'RUS']);
	await expectHeadAt(page, middleTowardsNorth(russia), '#0072b2', 'Japan → Russia, live');
	const usLine = await liveLineOnScreen(page, ['JPN', 'USA']);
	const eastEnd = usLine[0]!.x > usLine.at(-1)!.x ? [...usLine].reverse() : usLine;
	await expectCasedAt(page, alongLine(eastEnd, 0.96), 'Japan – United States over the US, live');
});

test('the live map’s tooltip names the line under the pointer where lines run close', async ({
	page
}) => {
	await page.goto('/layer/engagement');
	await waitForMap(page);
	// The US Congress's three lines leave the United States together; Japan to South Korea is short
	// at world scale and lies along Japan to China and under Japan to Russia's start.
	const cases: [[string, string], string][] = [
		[['USA', 'KOR'], 'United States → South Korea'],
		[['USA', 'CHN'], 'United States → China'],
		[['JPN', 'KOR'], 'Japan → South Korea']
	];
	const title = page.getByRole('tooltip').locator('strong');
	for (const [pair, name] of cases) {
		const line = await liveLineOnScreen(page, pair);
		for (const fraction of [0.3, 0.5]) {
			const at = alongLine(line, fraction);
			await page.mouse.move(at.x - 4, at.y - 4);
			await page.mouse.move(at.x, at.y, { steps: 3 });
			await expect(title, `${name}, ${fraction} of the way along`).toHaveText(name);
		}
	}
});

test('the events layer’s lines never go while the live map takes over from the static one', async ({
	page
}) => {
	// Every frame from the first: are lines shown by the static world, and drawn by the live map?
	await page.addInitScript(() => {
		const w = window as unknown as {
			frames: [boolean, boolean][];
			dashboardMap?: {
				getPaintProperty(layer: string, property: string): unknown;
				queryRenderedFeatures(options: { layers: string[] }): unknown[];
			};
		};
		w.frames = [];
		const watch = () => {
			const holder = document.querySelector('.static-holder');
			const staticLines =
				!!holder &&
				getComputedStyle(holder).display !== 'none' &&
				document.querySelectorAll('svg.static-map path[data-link]').length > 0;
			const map = w.dashboardMap;
			let liveLines = false;
			try {
				liveLines =
					!!map &&
					map.getPaintProperty('links-japan', 'line-opacity') === 1 &&
					map.queryRenderedFeatures({ layers: ['links-japan'] }).length > 0;
			} catch {
				// The map's style has not loaded yet.
			}
			w.frames.push([staticLines, liveLines]);
			requestAnimationFrame(watch);
		};
		requestAnimationFrame(watch);
	});
	await page.goto('/layer/engagement');
	await waitForMap(page);
	const frames = () =>
		page.evaluate(() => (window as unknown as { frames: [boolean, boolean][] }).frames);
	// Once the live map alone shows them, the takeover is over.
	await expect.poll(async () => (await frames()).at(-1)).toEqual([false, true]);
	const seen = await frames();
	const first = seen.findIndex(([still, live]) => still || live);
	expect(first, 'a frame with lines').toBeGreaterThanOrEqual(0);
	const without = seen.slice(first).filter(([still, live]) => !still && !live).length;
	expect(without, 'frames without lines after the first with them').toBe(0);
});

test('as the date names the United States, the map keeps its other names in every frame', async ({
	page
}) => {
	await disableWebGL(page);
	await openReady(page, '/?until=2016-06');
	const shownNames = () =>
		[...document.querySelectorAll<HTMLElement>('.static-names .map-label')]
			.filter((label) => !label.hidden)
			.map((label) => label.textContent);
	await expect.poll(() => page.evaluate(shownNames)).toContain('Japan');
	// The names shown in every frame from here on.
	await page.evaluate(() => {
		const w = window as unknown as { seen: number[] };
		w.seen = [];
		const watch = () => {
			w.seen.push(
				[...document.querySelectorAll<HTMLElement>('.static-names .map-label')].filter(
					(label) => !label.hidden
				).length
			);
			requestAnimationFrame(watch);
		};
		watch();
	});
	const slider = page.getByRole('slider', { name: /timeline/i });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('output')).toContainText('September 2016');
	// The United States' case (the House resolution) is named once placed; meanwhile Japan,
	// the Koreas and the rest stay.
	await expect.poll(() => page.evaluate(shownNames)).toContain('United States');
	const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
	expect(Math.min(...seen), 'a frame with no names on the map').toBeGreaterThan(0);
});
