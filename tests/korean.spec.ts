/**
 * The Korean twin, sampled: three pages a Korean class meets first (the map, South Korea's page and
 * the first slide) in the browser after their scripts ran, with lang="ko", the three languages'
 * twins for search engines, mostly Hangul and no English words beyond the allowed names and codes;
 * the switch keeps the view among all three languages. Every page's twin and every slide's fit are
 * checked cheaply elsewhere (japanese.spec.ts reads every built page; present.spec.ts fits every
 * Korean step at both projectors).
 */
import { expect, test, type Page } from '@playwright/test';
import { englishWords } from '../src/lib/i18n/english-words';
import { openReady, waitForMap } from './helpers';

/** The page's text as a reader and a screen reader get it, labels included. */
async function shownText(page: Page): Promise<string> {
	return page.evaluate(() => {
		// Labels inside inert content (a slide's maps are pictures) reach no reader.
		const labels = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')]
			.filter((e) => !e.closest('[inert]'))
			.flatMap((e) =>
				['aria-label', 'title', 'alt', 'placeholder'].map((a) => e.getAttribute(a) ?? '')
			)
			.join(' ');
		return `${document.title} ${document.body.innerText} ${labels}`.replace(/\s+/g, ' ');
	});
}

for (const path of ['/ko', '/ko/country/kor', '/ko/present/1']) {
	test(`${path} reads in Korean: lang="ko", its twins, Hangul and no stray English`, async ({
		page
	}) => {
		await page.goto(path);
		if (path.includes('present'))
			await expect(page.locator('.map > [data-answering] svg.static-map')).toHaveCount(1);
		else await waitForMap(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		const neutral = path.replace(/^\/ko/, '') || '/';
		const origin = new URL(page.url()).origin;
		const twins = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) =>
				links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])
			);
		expect(twins).toEqual([
			['en', `${origin}${neutral}`],
			['ja', `${origin}/ja${neutral === '/' ? '' : neutral}`],
			['ko', `${origin}${path}`],
			['x-default', `${origin}${neutral}`]
		]);
		const text = await shownText(page);
		expect(englishWords(text)).toEqual([]);
		const hangul = text.match(/[\uac00-\ud7af]/g)?.length ?? 0;
		const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
		expect(hangul).toBeGreaterThan(latin * 4);
	});
}

test('the switch lists all three languages and keeps the view among them', async ({ page }) => {
	const view = '?layer=forums&forum=g7&until=2018-06';
	await page.goto(`/ko/country/kor${view}`);
	await waitForMap(page);
	const header = page.locator('header .language-switch');
	await expect(header.locator('li')).toHaveText(['English', '日本語', '한국어']);
	await expect(header.locator('[aria-current]')).toHaveText('한국어');
	await expect(page.locator('.timeline output')).toHaveText('2018년 6월까지');
	await header.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(`/ja/country/kor${view}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('.timeline output')).toHaveText('2018年6月まで');
	await page.getByRole('link', { name: '한국어' }).first().click();
	await expect(page).toHaveURL(`/ko/country/kor${view}`);
	await expect(page.locator('input[name="layer"][value="forums"]')).toBeChecked();
	await page.getByRole('link', { name: 'English' }).first().click();
	await expect(page).toHaveURL(`/country/kor${view}`);
	await expect(page.locator('.timeline output')).toHaveText('Up to June 2018');
});

test('the switch keeps the classroom step', async ({ page }) => {
	await openReady(page, '/ko/present/4');
	await expect(page.locator('.where')).toHaveText(/^10단계 중 4단계/);
	await page.getByRole('button', { name: '교사용 도구' }).click();
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL('/ja/present/4');
	await expect(page.locator('.where')).toHaveText(/^ステップ4／10/);
});

test('the search box finds countries by their Korean names', async ({ page }) => {
	await openReady(page, '/ko');
	const search = page.getByRole('combobox', { name: '나라 찾기' });
	await search.fill('대한민국');
	await expect(page.getByRole('option').first()).toContainText('한국');
	await search.fill('레바');
	await expect(page.getByRole('option').first()).toContainText('레바논');
});
