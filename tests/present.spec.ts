import { expect, test, type Page } from '@playwright/test';
import { STEPS } from '../src/lib/present/steps';
import {
	coloursAround,
	DESIGN_COLOUR,
	disableWebGL,
	expectColourAt,
	openReady,
	sameColour,
	staticScreenPoint
} from './helpers';

const total = STEPS.length;
const where = (page: Page) => page.locator('.where');
/** The step whose short title is `title`, counted from 1. */
const numberOf = (title: string) => STEPS.findIndex((s) => s.title === title) + 1;

/** The slide once its script has run: the keys work, and its map is placed and named. */
async function slideReady(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	await expect(page.locator('.map [data-answering] svg.static-map')).toHaveCount(1);
}

/** The steps whose slides show insets, counted from 1. */
const withInsets = STEPS.flatMap((step, i) => (step.inset?.length ? [i + 1] : []));

/**
 * The screens a slide meets: a projector, a phone held upright and sideways (its insets at their
 * widest), an upright tablet (at their narrowest).
 */
const SCREENS = [
	{ width: 1920, height: 1080 },
	{ width: 390, height: 844 },
	{ width: 780, height: 360 },
	{ width: 1024, height: 1366 }
];

test('a slide with insets downloads no world: its HTML draws every map it shows', async ({
	page
}) => {
	expect(withInsets.length).toBeGreaterThan(0);
	const geometry: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.includes('/geo/')) geometry.push(request.url());
	});
	for (const size of SCREENS) {
		await page.setViewportSize(size);
		for (const n of withInsets) {
			await openReady(page, `/present/${n}`);
			const insets = page.locator('.inset [data-answering] svg.static-map');
			await expect(insets).toHaveCount(STEPS[n - 1]!.inset!.length);
			// The insets' names are placed at the page's first idle moment, after their view is set.
			await page.evaluate(() => new Promise((done) => requestIdleCallback(done)));
			await page.waitForFunction(
				() => performance.getEntriesByName('names:layout').length >= 1,
				null
			);
			expect(geometry, `step ${n} at ${size.width}x${size.height}`).toEqual([]);
		}
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test("a slide's insets show their countries drawn in the step's colours", async ({ page }) => {
		await page.goto(`/present/${withInsets[0]}`);
		const inset = (iso3: string) => `.inset-map[data-inset="${iso3}"]`;
		await expect(page.locator('.inset-map svg.static-map')).toHaveCount(2);
		// Romania is marked on the step: neither the sea's colour nor unmarked land's.
		const romania = await staticScreenPoint(page, [24.9, 45.9], inset('ROU'));
		const [seen] = await coloursAround(page, romania);
		expect(sameColour(seen!, DESIGN_COLOUR.ocean), `Romania drawn, not sea: ${seen}`).toBe(false);
		expect(sameColour(seen!, DESIGN_COLOUR.none), `Romania marked: ${seen}`).toBe(false);
		// Round it, the Black Sea and Bulgaria, unmarked.
		const sea = await staticScreenPoint(page, [31.5, 43.5], inset('ROU'));
		await expectColourAt(page, sea, DESIGN_COLOUR.ocean, 'the Black Sea in the inset');
		const bulgaria = await staticScreenPoint(page, [25.2, 42.8], inset('ROU'));
		await expectColourAt(page, bulgaria, DESIGN_COLOUR.none, 'Bulgaria in the inset');
		// Lebanon's inset, on the same colour as Romania's.
		const lebanon = await staticScreenPoint(page, [35.9, 33.9], inset('LBN'));
		await expectColourAt(page, lebanon, seen!, 'Lebanon in its inset');
	});
});

test('a clicker pressed twice in quick succession moves two steps', async ({ page }) => {
	await openReady(page, '/present/2');
	// The second press comes before the first step has arrived.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/present\/4$/);
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/present\/2$/);
});

test('/present lists every step with its picture, starts at step 1, and the keys walk them', async ({
	page
}) => {
	await page.goto('/present');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Classroom walk through the document'
	);
	const cards = page.locator('ol.steps > li');
	await expect(cards).toHaveCount(total);
	for (let n = 1; n <= total; n++)
		await expect(cards.nth(n - 1).getByRole('link')).toHaveAttribute('href', `/present/${n}`);
	await expect(cards.nth(2)).toContainText(STEPS[2]!.headline);
	// The pictures are the slides' own, and they arrive.
	const picture = cards.nth(0).locator('img');
	await picture.scrollIntoViewIfNeeded();
	await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(960);
	await page.getByRole('link', { name: /Start at step 1/ }).click();
	await expect(page).toHaveURL(/\/present\/1$/);
	await slideReady(page);
	for (let n = 1; n <= total; n++) {
		// The header says where the class is, in words, not a citation.
		await expect(where(page)).toHaveText(`Step ${n} of ${total} · ${STEPS[n - 1]!.title}`);
		await expect(page).toHaveURL(new RegExp(`/present/${n}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(STEPS[n - 1]!.headline);
		// Alternate the keys clickers send.
		await page.keyboard.press(['ArrowRight', 'PageDown', ' '][n % 3]!);
	}
	await expect(where(page)).toHaveText(new RegExp(`^Step ${total} of`)); // stays at the end
	await page.keyboard.press('PageUp');
	await expect(where(page)).toHaveText(new RegExp(`^Step ${total - 1} of`));
	await page.keyboard.press('ArrowLeft');
	await expect(where(page)).toHaveText(new RegExp(`^Step ${total - 2} of`));
	await page.keyboard.press('Home');
	await expect(where(page)).toHaveText(/^Step 1 of/);
	await page.keyboard.press('End');
	await expect(where(page)).toHaveText(new RegExp(`^Step ${total} of`));
});

test('F puts the classroom into full screen and takes it out again', async ({ page }) => {
	await page.goto('/present/2');
	await slideReady(page);
	const fullscreen = () => page.evaluate(() => document.fullscreenElement?.tagName ?? null);
	expect(await fullscreen()).toBeNull();
	await page.keyboard.press('f');
	await expect.poll(fullscreen).toBe('HTML');
	await expect(where(page)).toHaveText(/^Step 2 of/); // F does not move the walk
	await page.keyboard.press('F');
	await expect.poll(fullscreen).toBeNull();
});

test('the sources of a step are in its footer, and a step that does not exist is a 404', async ({
	page
}) => {
	const n = numberOf('After the report');
	await page.goto(`/present/${n}`);
	await expect(page.locator('.controls')).toContainText(
		'From the document’s sections 1(c) and 1(d)'
	);
	expect((await page.goto('/present/99'))?.status()).toBe(404);
});

/** The countries the slide's map colours, by colour (everything but the neutral grey). */
async function colouredCountries(page: Page): Promise<Map<string, string[]>> {
	const fills = await page
		.locator('.map svg.static-map path[data-iso3]')
		.evaluateAll((paths) =>
			paths.map((path) => [path.getAttribute('data-iso3')!, path.getAttribute('fill')!] as const)
		);
	const byColour = new Map<string, string[]>();
	for (const [iso3, fill] of fills)
		if (fill !== DESIGN_COLOUR.none) byColour.set(fill, [...(byColour.get(fill) ?? []), iso3]);
	return byColour;
}

test('each step’s map colours the countries its words list, frames them, and its legend lists each colour', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	for (let n = 1; n <= total; n++) {
		const step = STEPS[n - 1]!;
		await page.goto(`/present/${n}`);
		await slideReady(page);
		const coloured = await colouredCountries(page);
		const legend = page.locator('.figure .legend li');
		// One legend entry per colour drawn, and no colour without an entry.
		await expect(legend, `step ${n}`).toHaveCount(coloured.size);
		const all = [...coloured.values()].flat();
		const map = (await page.locator('.figure .map').boundingBox())!;
		for (const mark of step.marks) {
			if (!Array.isArray(mark.countries)) continue;
			for (const code of mark.countries) {
				expect(all, `step ${n}: ${code} coloured`).toContain(code);
				// The map's frame shows it: its name point lies on the map.
				const label = await page
					.locator(`.map svg.static-map path[data-iso3="${code}"]`)
					.getAttribute('data-label');
				const [lng, lat] = label!.split(' ').map(Number);
				const { x, y } = await staticScreenPoint(page, [lng!, lat!]);
				expect(
					x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height,
					`step ${n}: ${code} in the frame`
				).toBe(true);
			}
		}
		const listed = new Set(
			step.marks.flatMap((m) => (Array.isArray(m.countries) ? m.countries : []))
		);
		// Only group marks may colour countries the step does not list by name.
		if (step.marks.every((m) => Array.isArray(m.countries)))
			expect(all.sort(), `step ${n}`).toEqual([...listed].sort());
	}
});

/** What hides or spills text on a slide: containers cutting text, text off screen, a page that scrolls. */
async function fitReport(page: Page) {
	return page.evaluate(() => {
		const small: string[] = [];
		const offScreen: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement!;
			const text = node.textContent!.trim();
			if (!text) continue;
			const style = getComputedStyle(element);
			const range = document.createRange();
			range.selectNodeContents(node);
			const rect = range.getBoundingClientRect();
			const visible =
				rect.width > 1 &&
				rect.height > 1 &&
				style.visibility !== 'hidden' &&
				element.closest('.visually-hidden, [hidden]') === null;
			if (!visible) continue;
			if (parseFloat(style.fontSize) < 20) small.push(`${style.fontSize} "${text.slice(0, 40)}"`);
			if (rect.bottom > innerHeight + 0.5 || rect.right > innerWidth + 0.5)
				offScreen.push(
					`"${text.slice(0, 40)}" ends at ${Math.round(rect.right)},${Math.round(rect.bottom)}`
				);
		}
		const hiding: string[] = [];
		for (const element of document.querySelectorAll<HTMLElement>('body *')) {
			if (!element.textContent?.trim() || element.closest('.map-frame')) continue;
			const style = getComputedStyle(element);
			if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
			const cut =
				element.scrollHeight - element.clientHeight > 1 ||
				element.scrollWidth - element.clientWidth > 1;
			if (cut) hiding.push(`${element.tagName}.${element.className}`);
		}
		const root = document.documentElement;
		return {
			small,
			offScreen,
			hiding,
			taller: root.scrollHeight - innerHeight,
			wider: root.scrollWidth - innerWidth
		};
	});
}

/** Each language's step counter on the bar, and its name in a test's title. */
const COUNTERS: Record<string, [string, (n: number) => RegExp]> = {
	'': ['', (n) => new RegExp(`^Step ${n} of ${total}`)],
	'/ja': [' in Japanese', (n) => new RegExp(`^ステップ${n}／${total}`)],
	'/ko': [' in Korean', (n) => new RegExp(`^${total}단계 중 ${n}단계`)]
};

// Japanese at the smallest projector only, Korean at both projectors (its words run longer): the
// same steps, in type of another width. A larger screen (1920x1080) only has more room: the type
// grows with it, and the slide-names spec draws steps there.
for (const { prefix, ...viewport } of [
	{ width: 1024, height: 768, prefix: '' },
	{ width: 1280, height: 720, prefix: '' },
	{ width: 1024, height: 768, prefix: '/ja' },
	{ width: 1024, height: 768, prefix: '/ko' },
	{ width: 1280, height: 720, prefix: '/ko' }
]) {
	const [language, counter] = COUNTERS[prefix]!;
	test(`every step fits ${viewport.width}x${viewport.height}${language}, legend included, at 20px or more`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		for (let n = 1; n <= total; n++) {
			await page.goto(`${prefix}/present/${n}`);
			await expect(where(page)).toHaveText(counter(n));
			await slideReady(page);
			const report = await fitReport(page);
			expect(report.small, `step ${n}: type under 20px`).toEqual([]);
			expect(report.offScreen, `step ${n}: text below or beside the screen`).toEqual([]);
			expect(report.hiding, `step ${n}: containers hiding text`).toEqual([]);
			expect(report.taller, `step ${n}: page taller than the screen`).toBeLessThanOrEqual(0);
			expect(report.wider, `step ${n}: sideways scroll`).toBeLessThanOrEqual(0);
			await expect(page.locator('.figure .legend li').last()).toBeInViewport({ ratio: 1 });
			// The map's names sit wholly inside the map: none cut by its edge.
			const labels = await page.evaluate(() => {
				const map = document.querySelector('.map')!.getBoundingClientRect();
				const shown = [...document.querySelectorAll<HTMLElement>('.map-label')].filter(
					(label) => !label.hidden && label.getBoundingClientRect().width > 0
				);
				return shown
					.filter((label) => {
						const r = label.getBoundingClientRect();
						return (
							r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom
						);
					})
					.map((label) => label.textContent);
			});
			expect(labels, `step ${n}: names cut by the map's edge`).toEqual([]);
		}
	});
}

/** How each language's slides write the three names the map labels. */
const LABELLED_NAMES = {
	en: { JPN: /\bJapan\b/, KOR: /\bSouth Korea\b/, PRK: /\bNorth Korea\b/ },
	ja: { JPN: /日本/, KOR: /韓国/, PRK: /北朝鮮/ }
} as const;

test('whenever a slide names Japan or a Korea and its map shows the country, the map names it, inside the frame', async ({
	page
}) => {
	test.slow(); // every step, at a projector's size in English and a phone's in Japanese
	// A step's marks are one structure in every language: only their words differ. The other
	// sizes and languages are slide-names.spec.ts's, which checks every name the words give.
	for (const [language, prefix, steps, viewports] of [
		['en', '', STEPS, [{ width: 1280, height: 720 }]],
		['ja', '/ja', STEPS, [{ width: 390, height: 844 }]]
	] as const) {
		for (const viewport of viewports) {
			// One page per screen, walked with the keys.
			await page.setViewportSize(viewport);
			await openReady(page, `${prefix}/present/1`);
			for (let n = 1; n <= total; n++) {
				const step = steps[n - 1]!;
				const screen = `${language} ${viewport.width}x${viewport.height} step ${n}`;
				await expect(where(page)).toHaveText(
					new RegExp(language === 'ja' ? `^ステップ${n}／${total}` : `^Step ${n} of ${total}`)
				);
				const words = `${await page.locator('.text').innerText()}\n${await page.locator('.figure > .legend').innerText()}`;
				const coloured = new Set(
					step.marks.flatMap((m) => (Array.isArray(m.countries) ? m.countries : []))
				);
				const named = Object.entries(LABELLED_NAMES[language])
					.filter(([iso3, name]) => coloured.has(iso3) || name.test(words))
					.map(([iso3]) => iso3);
				// Names the map should show but does not: hidden, or cut by the map's edge. A country
				// counts as shown when its name point lies on the map.
				const unnamed = async () => {
					const problems: string[] = [];
					const frame = (await page.locator('.figure .map').boundingBox())!;
					for (const iso3 of named) {
						const shape = page.locator(`.map svg.static-map path[data-iso3="${iso3}"]`).first();
						const [lng, lat] = (await shape.getAttribute('data-label'))!.split(' ').map(Number);
						const { x, y } = await staticScreenPoint(page, [lng!, lat!], '.figure');
						const onMap =
							x >= frame.x &&
							y >= frame.y &&
							x <= frame.x + frame.width &&
							y <= frame.y + frame.height;
						if (!onMap) continue;
						const label = await page
							.locator(`.figure .map-label[data-iso3="${iso3}"]`)
							.first()
							.evaluate((element: HTMLElement) => {
								const r = element.getBoundingClientRect();
								return { hidden: element.hidden, text: element.textContent, r: r.toJSON() };
							});
						const r = label.r as { left: number; top: number; right: number; bottom: number };
						if (label.hidden || r.right - r.left === 0) problems.push(`${iso3} not named`);
						else if (
							r.left < frame.x ||
							r.top < frame.y ||
							r.right > frame.x + frame.width ||
							r.bottom > frame.y + frame.height
						)
							problems.push(`${iso3} (“${label.text}”) cut by the frame`);
					}
					return problems;
				};
				await expect.poll(unnamed, screen).toEqual([]);
				if (n < total) await page.keyboard.press('ArrowRight');
			}
		}
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('every step is one column without sideways scroll, Next in reach', async ({ page }) => {
		for (let n = 1; n <= total; n++) {
			await page.goto(`/present/${n}`);
			await expect(where(page)).toHaveText(new RegExp(`^Step ${n} of`));
			const wider = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(wider, `step ${n}: sideways scroll`).toBeLessThanOrEqual(0);
			const text = (await page.locator('.text').boundingBox())!;
			const map = (await page.locator('.figure').boundingBox())!;
			expect(map.y, `step ${n}: the map comes below the words`).toBeGreaterThanOrEqual(
				text.y + text.height - 1
			);
			if (n < total)
				await expect(page.getByRole('link', { name: 'Next →' })).toBeInViewport({ ratio: 1 });
		}
		// The walk's end leads on, to every step with the handout and the worksheet.
		const finish = page.getByRole('link', { name: 'All steps →' });
		await expect(finish).toBeInViewport({ ratio: 1 });
		await finish.click();
		await expect(page).toHaveURL(/\/present$/);
	});

	test('a swipe left goes on, a swipe right goes back', async ({ page }) => {
		await page.goto('/present/2');
		await slideReady(page);
		const cdp = await page.context().newCDPSession(page);
		const swipe = async (fromX: number, toX: number) => {
			const y = 300;
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchStart',
				touchPoints: [{ x: fromX, y }]
			});
			for (const x of [fromX + (toX - fromX) / 2, toX])
				await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		await swipe(320, 60);
		await expect(page).toHaveURL(/\/present\/3$/);
		await swipe(60, 320);
		await expect(page).toHaveURL(/\/present\/2$/);
	});
});

test('the classroom map is a picture to point at: a click names, no tooltip, no page, and ArrowRight still moves the step', async ({
	page
}) => {
	const live: string[] = [];
	page.on('request', (request) => {
		if (/\/geo\/.*\.json$/.test(request.url())) live.push(request.url());
	});
	await page.goto('/present/2');
	await slideReady(page);
	await expect(page.locator('.map .static-holder[data-answering]')).toHaveCount(1);
	// Nothing on it in the Tab order (the clicker's keys are the slide's), and no zoom buttons.
	await expect(page.locator('.map button')).toHaveCount(0);
	const tabStops = () =>
		page
			.locator('.figure a, .figure [tabindex]')
			.evaluateAll((all) => all.filter((e) => (e as HTMLElement).tabIndex >= 0).length);
	expect(await page.locator('.figure a').count()).toBeGreaterThan(0);
	expect(await tabStops()).toBe(0);
	// Japan is coloured at this step; over it the explorer would show a tooltip and open it on
	// click. Here the click names and outlines it, and keeps the slide.
	const { x, y } = await staticScreenPoint(page, [138.5, 36.5]);
	await page.mouse.move(x - 3, y - 3);
	await page.mouse.move(x, y, { steps: 3 });
	await expect(page.getByRole('tooltip')).toHaveCount(0);
	await page.mouse.click(x, y);
	await expect(page.locator('.figure .lesson-outline')).toHaveAttribute('data-iso3', 'JPN');
	await expect(page.getByRole('tooltip')).toHaveCount(0);
	await expect(page).toHaveURL(/\/present\/2$/);
	// The focus stayed out of the map: the next key is the walk's, not the map's.
	expect(await page.evaluate(() => !!document.activeElement?.closest('.figure'))).toBe(false);
	await page.keyboard.press('ArrowRight');
	await expect(where(page)).toHaveText(/^Step 3 of/);
	await expect(page).toHaveURL(/\/present\/3$/);
	await slideReady(page);
	// The pick was step 2's: step 3 outlines nothing of it.
	await expect(page.locator('.figure .lesson-outline[data-iso3="JPN"]')).toHaveCount(0);
	await expect(page.getByRole('tooltip')).toHaveCount(0);
	await expect(page.getByText('United States', { exact: true })).toHaveCount(0);
	// The live map never started: no canvas, no geometry downloaded.
	await expect(page.locator('canvas')).toHaveCount(0);
	expect(live).toEqual([]);
});

test('without WebGL the step’s map is the same picture, named, in the step’s colours', async ({
	page
}) => {
	await disableWebGL(page);
	const n = numberOf('The Commission of Inquiry');
	await page.goto(`/present/${n}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(STEPS[n - 1]!.headline);
	const svg = page.locator('.map svg.static-map');
	await expect(svg).toBeVisible();
	await slideReady(page);
	// Thailand, visited by the Commission, takes the colour of the legend's first entry.
	const visited = await page
		.locator('.figure .legend li')
		.first()
		.locator('.swatch')
		.evaluate((swatch) => getComputedStyle(swatch).getPropertyValue('--swatch').trim());
	await expect(svg.locator('path[data-iso3="THA"]').first()).toHaveAttribute('fill', visited);
	await expect(page.locator('.map .map-label', { hasText: 'Japan' })).toBeVisible();
});

test('before its script runs, a step’s map is already in the step’s colours and frame', async ({
	page
}) => {
	await page.route('**/_app/immutable/**/*.js', () => {});
	const n = numberOf('After the report');
	await page.goto(`/present/${n}`);
	const svg = page.locator('.map svg.static-map');
	await expect(svg).toBeVisible();
	const viewBox = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
	const world = (await svg.getAttribute('data-world'))!.split(' ').map(Number);
	expect(viewBox[2]!, 'framed on the region, not the world').toBeLessThan(world[0]! / 2);
	// North Korea is coloured; a country the step does not name is not.
	const fill = (iso3: string) => svg.locator(`path[data-iso3="${iso3}"]`).getAttribute('fill');
	expect(await fill('PRK')).not.toBe(DESIGN_COLOUR.none);
	expect(await fill('FRA')).toBe(DESIGN_COLOUR.none);
});

test('the presenter window follows the slides, and the slides follow it', async ({ page }) => {
	await page.goto('/present/1');
	await slideReady(page);
	const opened = page.waitForEvent('popup');
	await page.keyboard.press('p');
	const presenter = await opened;
	const presenterWhere = presenter.locator('.where');
	await expect(presenterWhere).toHaveText(`Step 1 of ${total} · ${STEPS[0]!.title}`);
	// Current and next step, notes with their sections, a clock.
	await expect(presenter.getByRole('heading', { name: STEPS[0]!.headline })).toBeVisible();
	// The next step as the class will see it: its slide's picture.
	const nextSlide = presenter.getByRole('img', { name: STEPS[1]!.headline });
	await expect(nextSlide).toBeVisible();
	await expect
		.poll(() => nextSlide.evaluate((img: HTMLImageElement) => img.naturalWidth))
		.toBe(960);
	await expect(presenter.getByRole('heading', { name: 'Speaker notes' })).toBeVisible();
	await expect(presenter.locator('.notes li')).toHaveCount(STEPS[0]!.notes.length);
	await expect(presenter.locator('.notes li').first()).toContainText('(introduction)');
	await expect(presenter.locator('time')).toHaveText(/^\d+:\d\d$/);

	// The clicker drives the slides: the presenter view follows.
	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/present\/2$/);
	await expect(presenterWhere).toHaveText(new RegExp(`^Step 2 of ${total}`));

	// The clicker drives the presenter view: the slides follow.
	await presenter.bringToFront();
	await presenter.keyboard.press('ArrowRight');
	await expect(presenterWhere).toHaveText(new RegExp(`^Step 3 of ${total}`));
	await expect(page).toHaveURL(/\/present\/3$/);
	await expect(where(page)).toHaveText(new RegExp(`^Step 3 of ${total}`));
	await presenter.getByRole('button', { name: '← Previous' }).click();
	await expect(page).toHaveURL(/\/present\/2$/);

	// B in the presenter window blanks the projected slide, as B on the slide does; B again
	// brings it back. The presenter view shows the class's blank screen over the current step.
	const centre = { x: page.viewportSize()!.width / 2, y: page.viewportSize()!.height / 2 };
	const cover = presenter.locator('.current [data-cover]');
	await presenter.keyboard.press('b');
	await expect(page.locator('[data-blank="black"]')).toHaveCount(1);
	await expectColourAt(page, centre, '#000000', 'the slide blanked from the presenter view');
	await expect(cover).toHaveText('The class sees a black screen. Any key brings the slide back.');
	await presenter.keyboard.press('b');
	await expect(page.locator('[data-blank]')).toHaveCount(0);
	await expect(cover).toHaveCount(0);
	await expect(page).toHaveURL(/\/present\/2$/);
	// Blanked on the slide (W), the presenter view says so; a key there brings it back.
	await page.bringToFront();
	await page.keyboard.press('w');
	await expect(cover).toHaveAttribute('data-cover', 'white');
	await page.keyboard.press('x');
	await expect(cover).toHaveCount(0);
});

test('the presenter view fits a 1024x768 laptop: every panel’s key parts on screen, nothing to scroll', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/present/presenter?step=1');
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	const next = page.getByRole('button', { name: 'Next →' });
	for (let n = 1; n <= total; n++) {
		await expect(where(page)).toHaveText(new RegExp(`^Step ${n} of ${total}`));
		const overflow = await page.evaluate(() => {
			const root = document.documentElement;
			return [root.scrollHeight - root.clientHeight, root.scrollWidth - root.clientWidth];
		});
		expect(overflow, `step ${n}: the page scrolls (down, sideways)`).toEqual([0, 0]);
		// Wholly visible: inside the window and not cut by the box it scrolls in.
		const whole = [
			where(page),
			page.locator('.bar time'),
			page.getByRole('heading', { level: 2, name: STEPS[n - 1]!.headline }),
			page.locator('.current .sources'),
			page.getByRole('heading', { name: /^Next: |^This is the last step$/ }),
			...(n < total ? [page.getByRole('img', { name: STEPS[n]!.headline })] : []),
			page.getByRole('heading', { name: 'Speaker notes' }),
			page.locator('.notes li').first(),
			page.getByRole('button', { name: 'Ask on the slide' }).first(),
			page.getByRole('button', { name: 'Answer on your phone (Q)' }),
			page.getByRole('button', { name: 'Black screen (B)' }),
			...(n > 1 ? [page.getByRole('button', { name: '← Previous' })] : []),
			...(n < total ? [next] : [])
		];
		await Promise.all(whole.map((part) => expect(part, `step ${n}`).toBeInViewport({ ratio: 1 })));
		// The questions, the longest box, are given at least the notes' width.
		const [questions, notes] = await Promise.all(
			['.presenter > .lesson', '.presenter > .notes'].map(
				async (box) => (await page.locator(box).boundingBox())!.width
			)
		);
		expect(questions, `step ${n}`).toBeGreaterThanOrEqual(notes!);
		if (n < total) await next.click();
	}
});

test('the presenter view opened on its own keeps its step in the address, with no page error', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/present/presenter');
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.where')).toHaveText(new RegExp(`^Step 2 of ${total}`));
	await expect(page).toHaveURL(/[?&]step=2\b/);
	expect(errors).toEqual([]);
});

test('the handout has one A4 page per step, each with its labelled map and legend', async ({
	page
}) => {
	// The menu opens once the page's script runs: a press before that does nothing.
	await openReady(page, '/present/1');
	await page.getByRole('button', { name: 'Teacher tools' }).click();
	await page.getByRole('link', { name: 'Handout' }).click();
	await expect(page).toHaveURL(/\/present\/handout$/);
	const sheets = page.locator('section.sheet');
	await expect(sheets).toHaveCount(total);
	for (let i = 0; i < total; i++) {
		const sheet = sheets.nth(i);
		await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(STEPS[i]!.headline);
		// A drawn map, with names on it, and a legend of the step's marks only.
		const map = sheet.locator('img.handout-map');
		await expect(map).toBeVisible();
		await expect
			.poll(() => map.evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
		const svg = await (await page.request.get((await map.getAttribute('src'))!)).text();
		const names = [...svg.matchAll(/<text [^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
		expect(names.length, `step ${i + 1}: names on the map`).toBeGreaterThan(0);
		await expect(map).toHaveAttribute('alt', new RegExp(`Named on it: ${names[0]}`));
		await expect(sheet.locator('.legend li')).toHaveCount(STEPS[i]!.marks.length);
	}
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
	const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
	expect(pages.length).toBe(total);
});

test('the handout’s maps are pictures drawn with the site: no geometry to download, nothing to press, doubt hatched', async ({
	page
}) => {
	const geometry: string[] = [];
	page.on('request', (request) => {
		if (/\/geo\/.*\.json$/.test(request.url())) geometry.push(request.url());
	});
	await page.goto('/present/handout');
	const maps = page.locator('img.handout-map');
	await expect(maps).toHaveCount(await page.locator('section.sheet').count());
	await expect(page.locator('section.sheet [tabindex], section.sheet button')).toHaveCount(0);
	expect(geometry).toEqual([]);
	// Step 1 hatches the countries whose people may have been abducted.
	const svg = await (await page.request.get((await maps.first().getAttribute('src'))!)).text();
	expect(svg).toContain('fill="url(#h)"');
	expect(svg).toMatch(/<pattern id="h"/);
});

test('on the slide’s map no name of Japan or the Koreas lies over another country’s land', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	for (const n of [1, 2, numberOf('After the report')]) {
		await page.goto(`/present/${n}`);
		await slideReady(page);
		const misplaced = await page.evaluate(() => {
			const svg = document.querySelector<SVGSVGElement>('.map svg.static-map')!;
			const toUnits = svg.getScreenCTM()!.inverse();
			const shapes = [...svg.querySelectorAll<SVGPathElement>('g.countries path[data-iso3]')];
			const found: string[] = [];
			for (const label of document.querySelectorAll<HTMLElement>('.map .map-label')) {
				if (label.hidden) continue;
				const r = label.getBoundingClientRect();
				for (let i = 0; i <= 8; i++)
					for (let j = 0; j <= 2; j++) {
						const at = new DOMPoint(
							r.left + (r.width * i) / 8,
							r.top + (r.height * j) / 2
						).matrixTransform(toUnits);
						const under = shapes.find(
							(path) => path.dataset.iso3 !== label.dataset.iso3 && path.isPointInFill(at)
						);
						if (under) found.push(`${label.textContent} over ${under.dataset.iso3}`);
					}
			}
			return [...new Set(found)];
		});
		expect(misplaced, `step ${n}`).toEqual([]);
	}
});

test('a name over the darkest fill keeps a white edge round its letters', async ({ page }) => {
	// Step 8 draws the United States, its subject, in navy, and names it "US" on it.
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto(`/present/${numberOf('Country by country: the US')}`);
	await slideReady(page);
	const label = page.locator('.map .map-label', { hasText: /^US$/ });
	const box = (await label.boundingBox())!;
	const png = await page.screenshot({ clip: box, scale: 'css', caret: 'hide' });
	const { white, dark, all } = await page.evaluate(
		async (bytes) => {
			const bitmap = await createImageBitmap(
				new Blob([new Uint8Array(bytes)], { type: 'image/png' })
			);
			const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
			let [white, dark] = [0, 0];
			for (let i = 0; i < data.length; i += 4) {
				const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
				if (r >= 235 && g >= 235 && b >= 235) white++;
				else if (r < 60 && g < 60 && b < 60) dark++;
			}
			return { white, dark, all: data.length / 4 };
		},
		[...png]
	);
	// The letters themselves, and round them an edge of white (a soft glow alone leaves none).
	expect(dark / all).toBeGreaterThan(0.1);
	expect(white / all).toBeGreaterThan(0.1);
});
