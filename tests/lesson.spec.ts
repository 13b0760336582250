import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import {
	coloursAround,
	DESIGN_COLOUR,
	expectColourAt,
	openReady,
	sameColour,
	staticScreenPoint
} from './helpers';
import { MARK_COLOUR } from '../src/lib/lesson/look';

/** The student's page once its map is drawn and its script answers. */
async function questionReady(page: Page, path: string) {
	await openReady(page, path);
	await expect(page.locator('.map-question svg.static-map')).toHaveCount(1);
}

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

for (const [prefix, words] of [
	['', { japan: 'Japan', korea: 'South Korea', canada: 'Canada', section: '(section 1(b))' }],
	['/ja', { japan: '日本', korea: '韓国', canada: 'カナダ', section: '(第1(b)節)' }]
] as const) {
	test.describe(`a student on a phone${prefix && ' (Japanese)'}`, () => {
		test.use(PHONE);

		test('taps countries, checks, and sees each marked right, wrong or missed', async ({
			page
		}) => {
			await questionReady(page, `${prefix}/present/3/question`);
			// One on the map, by touch; the others in the list.
			const usa = await staticScreenPoint(page, [-100, 40], '.map-question');
			await page.touchscreen.tap(usa.x, usa.y);
			await expect(page.locator('.choice[data-iso3="USA"]')).toHaveAttribute(
				'aria-pressed',
				'true'
			);
			for (const name of [words.japan, words.korea, words.canada])
				await page.getByRole('button', { name, exact: true }).tap();
			await page.locator('.actions button').tap();

			const marks = page.locator('.marks li');
			await expect(marks).toHaveCount(6);
			const markOf = (code: string) =>
				page.locator(`.choice[data-iso3="${code}"]`).evaluate((b) => b.className);
			for (const [code, mark] of [
				['USA', 'right'],
				['JPN', 'right'],
				['KOR', 'right'],
				['CAN', 'wrong'],
				['GBR', 'missed'],
				['THA', 'missed']
			] as const)
				expect(await markOf(code), code).toContain(mark);
			await expect(page.locator('.result')).toContainText(words.section);
			// The map says it too, in colour: Canada wrong, the United States right.
			await page.locator('.map-question .map').scrollIntoViewIfNeeded();
			const right = await staticScreenPoint(page, [-100, 40], '.map-question');
			const canada = await staticScreenPoint(page, [-105, 60], '.map-question');
			await expectColourAt(page, canada, MARK_COLOUR.wrong, 'Canada, not in the answer');
			await expectColourAt(page, right, MARK_COLOUR.right, 'the United States, in the answer');
		});
	});
}

test('the presenter asks a question on the slide, then reveals its answer, named and outlined', async ({
	page
}) => {
	const presenter = await openWithPresenter(page, '/present/3');
	// The United States, one of the visited countries the step's map colours and names.
	const usa = () => staticScreenPoint(page, [-112, 43], '.figure .map');
	const visited = (await coloursAround(page, await usa()))[0]!;
	expect(sameColour(visited, DESIGN_COLOUR.none)).toBe(false);
	// First the question alone, for the class to think about: no answer, nothing outlined, and
	// a map that does not give it away (no step colours, no names).
	await presenter.getByRole('button', { name: 'Ask on the slide' }).first().click();
	const answer = page.locator('.lesson-answer');
	await expect(answer).toContainText('Which countries did it visit?');
	await expect(answer).not.toContainText('United Kingdom');
	await expect(page.locator('.figure .lesson-outline')).toHaveCount(0);
	await expectColourAt(page, usa, DESIGN_COLOUR.none, 'the US while the question is asked');
	await expect(page.locator('.figure .map-label[data-iso3="USA"]')).toBeHidden();
	// Nor the leader lines that point to where the names were.
	await expect(page.locator('.figure g.leaders').first()).toBeHidden();
	await presenter.getByRole('button', { name: 'Reveal the answer' }).first().click();
	await expect(answer).toContainText('United Kingdom');
	await expectColourAt(page, usa, visited, 'the US once the answer is revealed');
	await expect(answer).toContainText('(section 1(b))');
	const outlined = page.locator('.figure .lesson-outline');
	await expect(outlined).not.toHaveCount(0);
	const codes = await outlined.evaluateAll((shapes) =>
		[...new Set(shapes.map((s) => (s as SVGElement).dataset.iso3))].sort()
	);
	expect(codes).toEqual(['GBR', 'JPN', 'KOR', 'THA', 'USA']);
	// A on the presenter view asks the next question, then answers it; again, and all is hidden.
	await presenter.keyboard.press('a');
	await expect(answer).toContainText('When was the Commission of Inquiry set up');
	await expect(answer).not.toContainText('March 2013');
	await presenter.keyboard.press('a');
	await expect(answer).toContainText('March 2013');
	await presenter.keyboard.press('a');
	await expect(answer).toHaveCount(0);
	await expect(outlined).toHaveCount(0);
});

/** A step's slide, and the presenter window P opens beside it, once both pages' scripts run. */
async function openWithPresenter(page: Page, path: string): Promise<Page> {
	await openReady(page, path);
	const opened = page.waitForEvent('popup');
	await page.keyboard.press('p');
	const presenter = await opened;
	await presenter.waitForFunction(
		() => performance.getEntriesByName('page:interactive').length > 0
	);
	return presenter;
}

test('Q shows a QR code that opens the step’s student page, and hides it', async ({ page }) => {
	await openReady(page, '/present/4');
	await page.keyboard.press('q');
	const code = page.locator('.lesson-qr svg.qr');
	await expect(code).toBeVisible();
	// Decoded from what the screen shows, as a phone's camera would.
	const box = (await code.boundingBox())!;
	const png = await page.screenshot({ clip: box, scale: 'css' });
	const { data, width, height } = await page.evaluate(
		async (bytes) => {
			const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)]));
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
			return { data: [...image.data], width: image.width, height: image.height };
		},
		[...png]
	);
	const decoded = jsQR(new Uint8ClampedArray(data), width, height)?.data;
	expect(decoded).toBe(new URL('/present/4/question', page.url()).href);
	await page.keyboard.press('q');
	await expect(code).toHaveCount(0);
});

test('served on this computer only, the class is told phones cannot open the code, the teacher how to change it', async ({
	page
}) => {
	const presenter = await openWithPresenter(page, '/present/4');
	// Q on the slide: the presenter view hears it whenever it joined the walk.
	await page.keyboard.press('q');
	await expect(presenter.getByRole('button', { name: /Answer on your phone/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// The test server is this computer's (127.0.0.1) and lists no school-network address.
	await expect(page.locator('.lesson-qr .qr-warning')).toHaveText(
		'Phones cannot open this address: it belongs to this computer only.'
	);
	await expect(page.locator('.lesson-qr')).not.toContainText('npm');
	await expect(presenter.locator('.lesson-setup')).toContainText('HOST=0.0.0.0 npm start');
});
