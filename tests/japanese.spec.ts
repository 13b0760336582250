/**
 * The Japanese and Korean twins of every page: found at /ja/... and /ko/..., marked with their
 * lang, and with none of the interface's English left over. A cheap check reads every built
 * page's HTML; the browser checks a sample after it has run its scripts, and that the language
 * switch keeps the view both ways.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/messages';
import { openReady, waitForMap } from './helpers';

const BUILD = 'build';

/** Every English page of the built site, as its address ('/', '/country/kor', '/present/3'). */
function englishPages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!['ja', 'ko', '_app'].some((skip) => path === join(BUILD, skip))) walk(path);
			} else if (entry.name.endsWith('.html')) {
				pages.push('/' + relative(BUILD, path).replace(/\.html$/, ''));
			}
		}
	};
	walk(BUILD);
	return pages
		.filter((p) => p !== '/404' && p !== '/ja' && p !== '/ko')
		.map((p) => (p === '/index' ? '/' : p))
		.sort();
}

/**
 * The English interface's words a Japanese page must not show: every message of two words or
 * more (single words like "Map" could be part of a name), functions' fixed parts included.
 */
function englishMessages(): string[] {
	const found: string[] = [];
	const visit = (value: unknown) => {
		if (typeof value === 'string') found.push(value);
		else if (typeof value === 'function') {
			// The fixed text around a message's arguments ("Step ", " of ").
			const source = String(value);
			for (const [, literal] of source.matchAll(/[`'"]([^`'"$]{8,})[`'"$]/g)) found.push(literal!);
		} else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	visit(en);
	return [...new Set(found.map((s) => s.trim()))].filter(
		(s) => s.split(/\s+/).length >= 2 && /[a-z]{2}/i.test(s) && s !== en.language.switchTo
	);
}

/** What a reader (or a screen reader) gets from HTML: text and the labelling attributes. */
function readableText(html: string): string {
	const body = html
		.replace(
			/<head>[\s\S]*?<\/head>/,
			(head) => (head.match(/<title>[\s\S]*?<\/title>/) ?? [''])[0]
		)
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ');
	const labels = [...body.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map(
		(m) => m[1]
	);
	const text = body.replace(/<[^>]+>/g, ' ');
	return [text, ...labels]
		.join(' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ');
}

const ENGLISH = englishMessages();
const leftovers = (text: string) => ENGLISH.filter((message) => text.includes(message));

/** Each translation, and the letters its pages are mostly written in. */
const TRANSLATIONS = [
	{ code: 'ja', language: 'Japanese', letters: /[\u3040-\u30ff\u4e00-\u9fff]/g },
	{ code: 'ko', language: 'Korean', letters: /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g }
] as const;

for (const { code, language, letters } of TRANSLATIONS)
	test(`every English page has a ${language} twin under /${code}/, lang="${code}", with no English interface words`, async ({
		request
	}) => {
		const pages = englishPages();
		expect(pages.length).toBeGreaterThan(50);
		const problems: string[] = [];
		for (const path of pages) {
			const english = await request.get(path);
			expect(english.status(), path).toBe(200);
			const englishHtml = await english.text();
			// A redirect page (/present) has no lang of its own: its twin must lead to the translated walk.
			if (/^<script>location\.href/.test(englishHtml)) {
				const twinHtml = await (await request.get(`/${code}${path}`)).text();
				expect(twinHtml, path).toContain(`location.href="/${code}/present/1"`);
				continue;
			}
			expect(englishHtml, path).toMatch(/<html lang="en"/);
			const twin = path === '/' ? `/${code}` : `/${code}${path}`;
			const response = await request.get(twin);
			expect(response.status(), twin).toBe(200);
			const html = await response.text();
			expect(html, twin).toMatch(new RegExp(`<html lang="${code}"`));
			expect(html, twin).toContain(`hreflang="en" href="${path}"`);
			expect(englishHtml, path).toContain(`hreflang="${code}" href="${twin}"`);
			const text = readableText(html);
			const left = leftovers(text);
			if (left.length) problems.push(`${twin}: ${left.join(' | ')}`);
			// Mostly in its own letters: more of them than Latin letters (codes, file names and the
			// original English title are the Latin that remains).
			const own = text.match(letters)?.length ?? 0;
			const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
			if (own <= latin) problems.push(`${twin}: ${own} ${language} to ${latin} Latin letters`);
		}
		expect(problems).toEqual([]);
	});

test('the /ja/ handout maps name the countries in Japanese', async ({ request }) => {
	const svg = await (await request.get('/ja/present/handout/1.svg')).text();
	expect(svg).toContain('<svg');
	const names = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
	expect(names).toContain('日本');
	expect(names).toContain('レバノン');
	expect(names.filter((name) => /[A-Za-z]/.test(name!))).toEqual([]);
});

/** The page's text after its scripts ran, labels included, as a reader and a screen reader get it. */
async function shownText(page: Page): Promise<string> {
	return page.evaluate(() => {
		const labels = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')]
			.flatMap((e) =>
				['aria-label', 'title', 'alt', 'placeholder'].map((a) => e.getAttribute(a) ?? '')
			)
			.join(' ');
		return `${document.title} ${document.body.innerText} ${labels}`.replace(/\s+/g, ' ');
	});
}

for (const path of [
	'/ja',
	'/ja/country/kor',
	'/ja/table',
	'/ja/present/3',
	'/ja/present/presenter'
]) {
	test(`${path} reads in Japanese in the browser, lang="ja" throughout`, async ({ page }) => {
		await page.goto(path);
		// The map pages' live map, once started, names countries too; a slide's map is a picture.
		if (/\/present\/\d/.test(path))
			await expect(page.locator('[data-answering] svg.static-map')).toHaveCount(1);
		else if (!path.includes('table') && !path.includes('presenter')) await waitForMap(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		// Search engines read the twins' full addresses: in the browser they carry the page's origin.
		const origin = new URL(page.url()).origin;
		await expect(page.locator('link[hreflang="en"]')).toHaveAttribute(
			'href',
			new RegExp(`^${origin}/`)
		);
		await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute(
			'href',
			new RegExp(`^${origin}/`)
		);
		const text = await shownText(page);
		expect(leftovers(text)).toEqual([]);
		// Mostly Japanese: more kana and kanji than Latin letters.
		const japanese = text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
		const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
		expect(japanese).toBeGreaterThan(latin);
	});
}

test('the switch keeps the country, layer, forum and date, both ways', async ({ page }) => {
	const view = '?layer=forums&forum=g7&until=2018-06';
	await page.goto(`/country/kor${view}`);
	await waitForMap(page);
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(`/ja/country/kor${view}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('input[name="layer"][value="forums"]')).toBeChecked();
	await expect(page.locator('.timeline output')).toHaveText('2018年6月まで');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(`/country/kor${view}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('.timeline output')).toHaveText('Up to June 2018');
});

test('the switch keeps the classroom step and the presenter view’s step', async ({ page }) => {
	// On a slide the language is among the teacher's tools.
	await openReady(page, '/present/4');
	await page.getByRole('button', { name: 'Teacher tools' }).click();
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL('/ja/present/4');
	await expect(page.locator('.where')).toHaveText(/^ステップ4／10/);
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	await page.getByRole('button', { name: '先生用ツール' }).click();
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL('/present/4');

	await page.goto('/ja/present/presenter?step=2');
	await expect(page.locator('.where')).toHaveText(/^ステップ2／10/);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL('/ja/present/presenter?step=3');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL('/present/presenter?step=3');
	await expect(page.locator('.where')).toHaveText(/^Step 3 of 10/);
});

test('links on a Japanese page stay in Japanese; data files stay where they are', async ({
	page
}) => {
	await page.goto('/ja');
	const hrefs = await page
		.locator('a[href^="/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	const pages = hrefs.filter((h) => !/^\/(data|geo)\//.test(h) && !h.startsWith('/#'));
	expect(pages.length).toBeGreaterThan(10);
	// Only the switch leads to a page in another language.
	expect(pages.filter((h) => !/^\/ja(\/|$|\?|#)/.test(h))).toEqual(['/', '/ko']);
	expect(hrefs).toContain('/data/countries.csv');
});

test('an unknown address under /ja/ says so in Japanese', async ({ page }) => {
	const response = await page.goto('/ja/country/zzz');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('link', { name: '世界地図に戻る' })).toHaveAttribute('href', '/ja');
});

test('under a base path the Japanese pages keep both the base and the language', async ({
	page
}) => {
	// The base-path build is served on the port after TEST_PORT (playwright.config.ts).
	const base = `http://127.0.0.1:${Number(process.env.TEST_PORT ?? 4391) + 1}/abductions`;
	await page.goto(`${base}/ja`);
	await waitForMap(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await page.getByRole('link', { name: 'レバノン' }).first().click();
	await expect(page).toHaveURL(`${base}/ja/country/lbn`);
	await expect(page.getByRole('heading', { level: 1, name: 'レバノン' })).toBeVisible();
	await expect(page.getByRole('link', { name: '概要とダウンロード' })).toHaveAttribute(
		'href',
		'/abductions/ja/about'
	);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(`${base}/country/lbn`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
