import { expect, test } from '@playwright/test';

test('the table view sorts, filters and links to country pages', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /sortable tables/ }).click();
	await expect(page).toHaveURL(/\/table$/);
	// A page load of its own (the tables ship without the app): its headers sort once its script runs.
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	const countries = page.getByRole('table', { name: 'Countries in the data' });
	const firstCountry = () => countries.locator('tbody tr').first().locator('th');
	// The abductee nationalities open the table, those the document states first.
	const statuses = await countries.locator('tbody tr td:nth-child(2)').allInnerTexts();
	expect(statuses.slice(0, 7).every((s) => /abducted/i.test(s))).toBe(true);
	expect(statuses[0]).toMatch(/^Abducted \(stated\)$/);
	// It says why the others are there: most only as context (members of a group it names).
	const why = page.locator('[data-table="countries"] > p.listed');
	await expect(why).toContainText(
		`${statuses.length - 10} here only as context for groups it names`
	);
	await expect(why).toContainText('added as context');
	// Each of those rows says which group brings it in, marked as context; the others say nothing.
	const row = (name: string) =>
		countries.locator('tbody tr', { has: page.getByRole('link', { name, exact: true }) });
	await expect(row('Austria').locator('th')).toHaveText(
		/^Austria\s+Listed for European Union\s+context$/
	);
	await expect(row('Canada').locator('th')).toHaveText(/Listed for G7\s+context$/);
	await expect(row('United States').locator('th')).toHaveText('United States');

	// One click on a count shows the largest first.
	const eventsHeader = countries.getByRole('columnheader', { name: /Events naming it/ });
	await eventsHeader.getByRole('button').click();
	await expect(eventsHeader).toHaveAttribute('aria-sort', 'descending');
	await expect(firstCountry()).toHaveText('Japan');

	await page
		.getByLabel('Abductions')
		.selectOption({ label: 'May have been abducted (returnees’ testimony)' });
	await expect(countries.locator('tbody tr')).toHaveCount(3);
	// China's second-hand tier has its own filter, in the legend's words.
	await page
		.getByLabel('Abductions')
		.selectOption({ label: 'Said to have been abducted (second-hand)' });
	await expect(countries.locator('tbody tr th')).toHaveText(['China']);
	// The US case is weaker than "possible" and has its own filter.
	await page
		.getByLabel('Abductions')
		.selectOption({ label: 'One citizen possibly abducted (per a House resolution)' });
	await expect(countries.locator('tbody tr th')).toHaveText(['United States']);

	const events = page.getByRole('table', {
		name: 'Events in the document, dated or placed in a span'
	});
	await page.getByLabel('Forum').selectOption({ label: 'US Congress' });
	await expect(events.locator('tbody tr')).toHaveCount(3);
	// Lists read "United States, Japan, China": a space after each comma.
	const house = events.locator('tbody tr', { hasText: 'House' }).locator('td').nth(2);
	// (As read: a phone's card puts "Countries:" in front, hidden on a desktop.)
	await expect(house).toHaveText(/^\w[\w ]*(, \w[\w ]*)+$/, { useInnerText: true });
	await events.getByRole('link', { name: 'China' }).click();
	await expect(page).toHaveURL(/\/country\/chn$/);
});

test('the sort and filters are in the address: shared, reloaded, and bad values said so', async ({
	page
}) => {
	await page.goto('/table');
	const events = page.getByRole('table', {
		name: 'Events in the document, dated or placed in a span'
	});
	const dateHeader = events.getByRole('columnheader', { name: /Date/ });
	await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
	const firstDate = () => events.locator('tbody tr').first().locator('time');
	const oldest = await firstDate().getAttribute('datetime');

	await dateHeader.getByRole('button').click();
	await expect(page).toHaveURL(/\/table\?events=-date$/);
	await page.getByLabel('Forum').selectOption({ label: 'United Nations' });
	await expect(page).toHaveURL(/\/table\?forum=un&events=-date$/);
	const countries = page.getByRole('table', { name: 'Countries in the data' });
	await countries
		.getByRole('columnheader', { name: /Events naming it/ })
		.getByRole('button')
		.click();
	await expect(page).toHaveURL(/countries=-eventCount/);
	const newestUn = await firstDate().getAttribute('datetime');
	expect(newestUn! > oldest!).toBe(true);

	// Reloaded (or opened from a shared link), the table is as it was left.
	await page.reload();
	await expect(page.getByLabel('Forum')).toHaveValue('un');
	await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
	await expect(firstDate()).toHaveAttribute('datetime', newestUn!);
	await expect(countries.getByRole('columnheader', { name: /Events naming it/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await expect(countries.locator('tbody tr').first().locator('th')).toHaveText('Japan');

	// An address the tables cannot read opens the default view and says which part it ignored.
	await page.goto('/table?forum=nato&events=-date');
	await expect(page.getByRole('status').filter({ hasText: 'forum=nato' })).toBeVisible();
	await expect(page.getByLabel('Forum')).toHaveValue('all');
	await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
});

test('North Korea is the state responsible, in both languages', async ({ page }) => {
	await page.goto('/table');
	const row = page.getByRole('row', { name: /^North Korea/ });
	await expect(row.locator('td').first()).toHaveText('The state responsible for the abductions');
	await page.goto('/ja/table');
	const rowJa = page.getByRole('row', { name: /^北朝鮮/ });
	await expect(rowJa.locator('td').first()).toHaveText('拉致を行った国');
});

for (const path of ['/table', '/ja/table'])
	test.describe(`${path} on a phone`, () => {
		test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

		test('nothing scrolls sideways; events are cards; every control is a 44 px target', async ({
			page
		}) => {
			await page.goto(path);
			const pageOverflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(pageOverflow).toBe(0);
			// Neither table is wider than the screen, nor hides a column in a scrolling box.
			for (const table of await page.getByRole('table').all()) {
				const box = (await table.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(390);
				expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
			}
			// An event card shows its source on screen, beside the title, not off to the right.
			const card = page.locator('table.events tbody tr').first();
			const source = (await card.locator('td').last().boundingBox())!;
			expect(source.x + source.width).toBeLessThanOrEqual(390);
			const cardBox = (await card.boundingBox())!;
			expect(cardBox.height).toBeLessThan(200);

			const targets = [
				...(await page.locator('thead button').all()),
				...(await page.locator('.tables select').all())
			];
			expect(targets.length).toBe(8);
			for (const target of targets) {
				const box = (await target.boundingBox())!;
				expect(box.height, await target.innerText()).toBeGreaterThanOrEqual(44);
				expect(box.width).toBeGreaterThanOrEqual(44);
			}
		});
	});

test('opened directly, the tables load no script file and keep their view across languages', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.goto('/table');
	await page.waitForFunction(() => performance.getEntriesByName('page:interactive').length > 0);
	expect(scripts).toEqual([]);

	await page.getByLabel('Forum').selectOption({ label: 'United Nations' });
	const events = page.getByRole('table', {
		name: 'Events in the document, dated or placed in a span'
	});
	const un = await events.locator('tbody tr').count();
	await expect(page.getByRole('heading', { name: `Events (${un})` })).toBeVisible();
	// The other language's link carries the view: the same filter, in Japanese.
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(/\/ja\/table\?forum=un$/);
	await expect(page.getByLabel('会議・枠組み')).toHaveValue('un');
	await expect(page.getByRole('heading', { name: `出来事（${un}）` })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the tables show every country and every event', async ({ page, request }) => {
		const dataset = await (await request.get('/data/dataset.json')).json();
		await page.goto('/table');
		const countries = page.getByRole('table', { name: 'Countries in the data' });
		await expect(countries.locator('tbody tr')).toHaveCount(dataset.countries.length);
		const events = page.getByRole('table', {
			name: 'Events in the document, dated or placed in a span'
		});
		await expect(events.locator('tbody tr')).toHaveCount(dataset.events.length);
		// Nothing sorts or filters without script, so the page neither offers nor promises it.
		await expect(page.getByText('The same data as the map.')).toBeVisible();
		await expect(page.getByText('Column headers sort')).toBeHidden();
		await expect(page.getByRole('combobox')).toHaveCount(0);
	});
});
