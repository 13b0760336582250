import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

for (const path of ['/', '/country/kor', '/present/1', '/about', '/table', '/?layer=engagement']) {
	test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		if (!['/about', '/table'].includes(path)) await waitForMap(page);
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
