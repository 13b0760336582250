/**
 * The classroom on the screens a school has: projectors, a large screen, a tablet either way up,
 * a finger on glass; the teacher's tools menu, the presenter window and the printed handout's key.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STEPS } from '../src/lib/present/steps';
import { openReady } from './helpers';

const total = STEPS.length;
const where = (page: Page) => page.locator('.present .where');

/** The slide's bar and headline, and whether the bar's words keep to one line. */
async function barShape(page: Page) {
	return page.evaluate(() => {
		const bar = document.querySelector('.present .bar')!.getBoundingClientRect();
		const words = document.querySelector<HTMLElement>('.present .where')!;
		const lineHeight = parseFloat(getComputedStyle(words).lineHeight);
		return {
			bar: Math.round(bar.height),
			headlineTop: Math.round(document.querySelector('h1')!.getBoundingClientRect().top),
			lines: Math.round(words.getBoundingClientRect().height / lineHeight),
			wordsWidth: Math.round(words.getBoundingClientRect().width)
		};
	});
}

for (const viewport of [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
]) {
	test(`at ${viewport.width}x${viewport.height} the bar is one line of one height on every step, so the headline never moves`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await openReady(page, '/present/1');
		const shapes = [];
		for (let n = 1; n <= total; n++) {
			await expect(where(page)).toHaveText(new RegExp(`^Step ${n} of ${total}`));
			const shape = await barShape(page);
			expect(shape.lines, `step ${n}: the bar's words on one line`).toBe(1);
			shapes.push(shape);
			if (n < total) await page.keyboard.press('ArrowRight');
		}
		expect(new Set(shapes.map((s) => s.bar)).size, 'one bar height').toBe(1);
		expect(new Set(shapes.map((s) => s.headlineTop)).size, 'one headline position').toBe(1);
	});
}

/** How much of the map box shows no world at all: sea drawn past the world's north or south. */
async function emptyBands(page: Page) {
	return page.locator('.figure .map svg.static-map').evaluate((svg) => {
		const [, y, , h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as number[];
		const [, worldHeight] = svg.getAttribute('data-world')!.split(' ').map(Number) as number[];
		return Math.max(0, -y!) / h! + Math.max(0, y! + h! - worldHeight!) / h!;
	});
}

for (const viewport of [
	{ width: 820, height: 1180 },
	{ width: 1180, height: 820 }
]) {
	test.describe(`on a tablet at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport, hasTouch: true });

		test('every step is laid out on purpose: a one-line bar, the map in its frame’s shape, nothing to scroll', async ({
			page
		}) => {
			await openReady(page, '/present/1');
			// The page's overflow in every frame, the frames of a step's change included: a slide
			// that jumps for a frame while its map is measured again is seen too.
			await page.evaluate(() => {
				const w = window as unknown as { tallest: number };
				w.tallest = 0;
				const watch = () => {
					w.tallest = Math.max(w.tallest, document.documentElement.scrollHeight - innerHeight);
					requestAnimationFrame(watch);
				};
				watch();
			});
			for (let n = 1; n <= total; n++) {
				await expect(where(page)).toHaveText(new RegExp(`^Step ${n} of ${total}`));
				const shape = await barShape(page);
				expect(shape.lines, `step ${n}: the bar's words on one line`).toBe(1);
				expect(shape.wordsWidth, `step ${n}: the bar's words not a column`).toBeGreaterThan(300);
				await expect(page.locator('.figure .map svg.static-map')).toHaveCount(1);
				// The map shows the world in all of its box: no band of sea past the world's edge.
				await expect.poll(() => emptyBands(page), `step ${n}: empty sea`).toBeLessThan(0.02);
				const { map, page: screen } = await page.evaluate(() => {
					const r = document.querySelector('.figure .map')!.getBoundingClientRect();
					const w = window as unknown as { tallest: number };
					const tallest = Math.max(w.tallest, document.documentElement.scrollHeight - innerHeight);
					w.tallest = 0;
					return { map: (r.width * r.height) / (innerWidth * innerHeight), page: tallest };
				});
				expect(map, `step ${n}: the map's share of the screen`).toBeGreaterThan(0.2);
				expect(
					screen,
					`step ${n}: page taller than the screen, now or on the way`
				).toBeLessThanOrEqual(0);
				await expect(page.locator('.figure .legend li').last()).toBeInViewport({ ratio: 1 });
				if (n === total) break;
				await expect(page.getByRole('link', { name: 'Next →' })).toBeInViewport({ ratio: 1 });
				await page.keyboard.press('ArrowRight');
			}
		});
	});
}

test('the slide’s type grows with the screen and is never under 20px', async ({ page }) => {
	const sizes = new Map<string, number>();
	for (const [width, height] of [
		[1024, 768],
		[1280, 720],
		[1920, 1080],
		[820, 1180],
		[1180, 820]
	] as const) {
		await page.setViewportSize({ width, height });
		await openReady(page, '/present/1');
		const smallest = await page.evaluate(() =>
			Math.min(
				...[...document.querySelectorAll<HTMLElement>('.present *')]
					.filter((e) => [...e.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()))
					.filter((e) => e.getBoundingClientRect().width > 0)
					.map((e) => parseFloat(getComputedStyle(e).fontSize))
			)
		);
		expect(smallest, `${width}x${height}: smallest type`).toBeGreaterThanOrEqual(20);
		const body = await page
			.locator('.step-points li')
			.first()
			.evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
		sizes.set(`${width}x${height}`, body);
	}
	// A large screen is read from further away: its words are a third larger or more.
	expect(sizes.get('1920x1080')!).toBeGreaterThan(sizes.get('1024x768')! * 1.33);
});

test.describe('a finger on the slide', () => {
	test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

	test('a swipe turns the step and never goes back in the browser’s history', async ({ page }) => {
		// The slide opened from another page: there is somewhere for Back to go.
		await openReady(page, '/about');
		await openReady(page, '/present/3');
		const visited: string[] = [];
		page.on('framenavigated', (frame) => {
			if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
		});
		const cdp = await page.context().newCDPSession(page);
		const swipe = async (fromX: number, toX: number) => {
			const y = 400;
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchStart',
				touchPoints: [{ x: fromX, y }]
			});
			for (let i = 1; i <= 6; i++)
				await cdp.send('Input.dispatchTouchEvent', {
					type: 'touchMove',
					touchPoints: [{ x: fromX + ((toX - fromX) * i) / 6, y }]
				});
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		// Rightward, from the screen's left edge, where a browser's Back gesture starts.
		await swipe(10, 500);
		await expect(where(page)).toHaveText(/^Step 2 of/);
		await swipe(600, 100);
		await expect(where(page)).toHaveText(/^Step 3 of/);
		await expect(page).toHaveURL(/\/present\/3$/);
		expect(visited.filter((path) => !path.startsWith('/present/'))).toEqual([]);
	});
});

test('the teacher’s tools are one menu: it opens, the slide’s keys wait, Escape closes it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openReady(page, '/present/3');
	const tools = page.getByRole('button', { name: 'Teacher tools' });
	await expect(tools).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('link', { name: 'Handout' })).toBeHidden();
	await tools.click();
	await expect(tools).toHaveAttribute('aria-expanded', 'true');
	for (const name of ['Presenter view', 'Full screen', 'Save PNG of this step'])
		await expect(page.getByRole('button', { name })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Handout' })).toBeVisible();
	await expect(page.getByRole('link', { name: '日本語' })).toBeVisible();
	// The arrows walk the menu, not the slides.
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('button', { name: 'Presenter view' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('button', { name: 'Full screen' })).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('Escape');
	await expect(tools).toHaveAttribute('aria-expanded', 'false');
	await expect(tools).toBeFocused();
	await expect(page.getByRole('link', { name: 'Handout' })).toBeHidden();
	await expect(where(page)).toHaveText(/^Step 3 of/);
	// Closed, the keys are the slide's again.
	await page.keyboard.press('ArrowRight');
	await expect(where(page)).toHaveText(/^Step 4 of/);
});

test('the presenter view at 1024x768 keeps Previous and Next on screen on every step, with nothing to scroll and the step and notes whole', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openReady(page, '/present/presenter?step=1');
	const next = page.getByRole('button', { name: 'Next →' });
	const previous = page.getByRole('button', { name: '← Previous' });
	for (let n = 1; n <= total; n++) {
		await expect(page.locator('.where')).toHaveText(new RegExp(`^Step ${n} of ${total}`));
		const scroll = await page.evaluate(
			() => document.documentElement.scrollHeight - document.documentElement.clientHeight
		);
		expect(scroll, `step ${n}: the window scrolls`).toBeLessThanOrEqual(0);
		// What the teacher reads aloud is whole, as a presenter view scales it: the step the class
		// sees and the speaker notes (the questions, a longer list, may scroll in their box).
		const hidden = await page.evaluate(() =>
			['.current .step-points', '.presenter > .notes'].map((selector) => {
				const box = document.querySelector(selector)!;
				return box.scrollHeight - box.clientHeight;
			})
		);
		// A pixel of rounding is not a cut line.
		expect(
			Math.max(...hidden),
			`step ${n}: the step's points or the notes cut`
		).toBeLessThanOrEqual(1);
		if (n > 1) await expect(previous, `step ${n}`).toBeInViewport({ ratio: 1 });
		if (n < total) {
			await expect(next, `step ${n}`).toBeInViewport({ ratio: 1 });
			await next.click();
		}
	}
});

/** A PPM picture (what pdftoppm writes): its size and RGB bytes. */
function readPpm(file: Buffer) {
	const header = file.subarray(0, 64).toString('latin1').split(/\s+/);
	const [, width, height, max] = header;
	const offset = file.indexOf(`${max}\n`, 0, 'latin1') + `${max}\n`.length;
	return { width: Number(width), height: Number(height), rgb: file.subarray(offset) };
}

test('the printed handout’s colour key is in colour', async ({ page }) => {
	const poppler = spawnSync('pdftoppm', ['-v']);
	expect(poppler.error, 'pdftoppm (Debian: poppler-utils) turns the PDF into pixels').toBeFalsy();
	await page.goto('/present/handout');
	const swatches = await page
		.locator('section.sheet')
		.first()
		.locator('.legend .swatch')
		.evaluateAll((spans) =>
			spans.map((span) => getComputedStyle(span).getPropertyValue('--swatch').trim())
		);
	expect(swatches.length).toBeGreaterThan(1);
	// The maps are in the same colours: hidden here, so every coloured pixel is the key's.
	await page.addStyleTag({ content: '.handout-map { visibility: hidden !important; }' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, pageRanges: '1' });
	const folder = mkdtempSync(join(tmpdir(), 'handout-'));
	try {
		writeFileSync(join(folder, 'handout.pdf'), pdf);
		const run = spawnSync(
			'pdftoppm',
			['-r', '150', '-f', '1', '-l', '1', '-singlefile', 'handout.pdf', 'page'],
			{
				cwd: folder
			}
		);
		expect(run.status, run.stderr?.toString()).toBe(0);
		const { rgb } = readPpm(readFileSync(join(folder, 'page.ppm')));
		for (const colour of swatches) {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
			let count = 0;
			for (let i = 0; i + 2 < rgb.length; i += 3)
				if (
					Math.abs(rgb[i]! - r!) <= 10 &&
					Math.abs(rgb[i + 1]! - g!) <= 10 &&
					Math.abs(rgb[i + 2]! - b!) <= 10
				)
					count++;
			expect(count, `the key's ${colour} swatch, in printed pixels`).toBeGreaterThan(40);
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the foot of the screen (sources, Previous, Next) is drawn over the map, not under it', async ({
		page,
		context
	}) => {
		const reader = await context.newPage();
		for (const n of [1, 3, 4, 8]) {
			await openReady(page, `/present/${n}`);
			const foot = (await page.locator('.controls').boundingBox())!;
			expect(foot.y + foot.height).toBeLessThanOrEqual(844 + 0.5);
			// The map's sea, in the pixels of the foot (which is white, with black words).
			const png = await page.screenshot({ clip: foot });
			const sea = await reader.evaluate(async (data) => {
				const image = new Image();
				image.src = `data:image/png;base64,${data}`;
				await image.decode();
				const canvas = new OffscreenCanvas(image.width, image.height);
				const context = canvas.getContext('2d')!;
				context.drawImage(image, 0, 0);
				const { data: rgba } = context.getImageData(0, 0, image.width, image.height);
				let count = 0;
				// The ocean's blue-grey: blue well above red, light.
				for (let i = 0; i < rgba.length; i += 4)
					if (rgba[i + 2]! - rgba[i]! > 12 && rgba[i]! > 180) count++;
				return count;
			}, png.toString('base64'));
			expect(sea, `step ${n}: map pixels in the foot`).toBeLessThan(200);
		}
	});
});
