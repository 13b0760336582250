import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

const WITHOUT_MAP = ['/about', '/table', '/present/presenter', '/present/handout'];
for (const path of [
	'/',
	'/country/kor',
	'/present/1',
	'/about',
	'/table',
	'/?layer=engagement',
	'/present/presenter',
	'/present/handout',
	'/embed/country/kor?layer=engagement'
]) {
	test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		if (!WITHOUT_MAP.includes(path)) await waitForMap(page);
		const results = await new AxeBuilder({ page }).analyze();
		const severe = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`${v.id} (${v.impact}): ${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 3)
						.join(' | ')}`
			);
		expect(severe).toEqual([]);
	});
}

for (const scheme of ['dark', 'light'] as const) {
	test(`the ${scheme} colour scheme and more contrast keep axe's contrast checks clean`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: scheme, contrast: 'more' });
		for (const path of ['/country/kor', '/table']) {
			await page.goto(path);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			// The tokens really switch: dark surroundings for dark, white for light.
			expect(background, path).toBe(scheme === 'dark' ? 'rgb(21, 24, 29)' : 'rgb(255, 255, 255)');
			const results = await new AxeBuilder({ page })
				.withRules(['color-contrast', 'link-in-text-block'])
				.analyze();
			expect(
				results.violations.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(' | ')}`
				),
				path
			).toEqual([]);
		}
	});
}
