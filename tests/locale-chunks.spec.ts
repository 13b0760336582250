/**
 * Each page loads only its own language: English pages never download the Japanese catalog
 * (interface words, classroom words, data overlay), and Japanese pages get it before they
 * hydrate, so they never show English first. The catalog's chunk is found by its content (a
 * sentence of data/ja/), not its hashed file name. Likewise the map's pages never download the
 * classroom's code, found by a sentence of the lesson's words.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enLesson } from '../src/lib/i18n/en/lesson';
import { waitForMap, watch } from './helpers';

const japaneseData = JSON.parse(readFileSync('data/ja/countries.json', 'utf8')) as {
	countries: Record<string, { abduction?: { basis: string } }>;
};
const MARKER = japaneseData.countries.JPN!.abduction!.basis;

const builtFile = (path: string) => readFileSync(join('build', decodeURIComponent(path)), 'utf8');
const isCatalog = (path: string) => builtFile(path).includes(MARKER);

/** The paths of the scripts the page asks for, as they are asked. */
function scriptsOf(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (/\.m?js$/.test(path) && path.startsWith('/_app/')) paths.push(path);
	});
	return paths;
}

test('/ neither preloads nor requests the Japanese catalog, even once the live map runs', async ({
	page
}) => {
	const preloaded = [...builtFile('/index.html').matchAll(/href="([^"]+\.js)"[^>]*modulepreload/g)];
	expect(preloaded.length, 'index.html preloads no scripts: is the pattern stale?').toBeGreaterThan(
		0
	);
	expect(
		preloaded.map((m) => m[1]!).filter(isCatalog),
		'index.html preloads the Japanese catalog'
	).toEqual([]);

	const scripts = scriptsOf(page);
	await page.goto('/');
	await waitForMap(page);
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter(isCatalog), 'an English page loaded the Japanese catalog').toEqual([]);
});

test('/ja loads the Japanese catalog and hydrates with the words its HTML already has', async ({
	page
}) => {
	const { problems } = watch(page);
	const scripts = scriptsOf(page);
	const html = builtFile('/ja.html');
	const prerenderedTitle = /<title>([^<]*)<\/title>/.exec(html)![1]!;
	expect(prerenderedTitle).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
	await page.goto('/ja');
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	expect(scripts.filter(isCatalog)).toHaveLength(1);
	await expect(page).toHaveTitle(prerenderedTitle);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	expect(problems).toEqual([]);
});

test('a client-side move from / to /ja fetches the catalog and shows Japanese', async ({
	page
}) => {
	const { problems } = watch(page);
	const scripts = scriptsOf(page);
	await page.goto('/');
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	// Marks this document, so a full reload (which would hide a client-side failure) shows.
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = '/ja';
		link.textContent = 'to Japanese';
		document.body.append(link);
	});
	await page.getByRole('link', { name: 'to Japanese' }).click();
	await expect(page).toHaveURL(/\/ja$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page).toHaveTitle(/[\u3040-\u30ff\u4e00-\u9fff]/);
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
	expect(scripts.filter(isCatalog)).toHaveLength(1);
	expect(problems).toEqual([]);
});

test('the map pages load none of the classroom’s code, even once the live map runs', async ({
	page
}) => {
	// The lesson's words are found in whichever chunk carries the classroom's code.
	const isClassroom = (path: string) => builtFile(path).includes(enLesson.lesson.pickHint);
	const scripts = scriptsOf(page);
	for (const path of ['/', '/country/kor']) {
		await page.goto(path);
		await waitForMap(page);
	}
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter(isClassroom), 'a map page loaded the classroom').toEqual([]);
	// A classroom step does load it: the words are where this test looks for them.
	const before = scripts.length;
	await page.goto('/present/1');
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	expect(scripts.slice(before).filter(isClassroom)).toHaveLength(1);
});
