import { expect, test } from '@playwright/test';

test('the table view sorts, filters and links to country pages', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /sortable tables/ }).click();
	await expect(page).toHaveURL(/\/table$/);
	const countries = page.getByRole('table', { name: 'Countries in the data' });
	const firstCountry = () => countries.locator('tbody tr').first().locator('th');
	// The abductee nationalities open the table, those the document states first.
	const statuses = await countries.locator('tbody tr td:nth-child(2)').allInnerTexts();
	expect(statuses.slice(0, 7).every((s) => /abducted/i.test(s))).toBe(true);
	expect(statuses[0]).toMatch(/^Abducted \(stated\)$/);

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
	await expect(house).toHaveText(/^\w[\w ]*(, \w[\w ]*)+$/);
	await events.getByRole('link', { name: 'China' }).click();
	await expect(page).toHaveURL(/\/country\/chn$/);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the page never scrolls sideways; the wide events table scrolls in its own box and says so', async ({
		page
	}) => {
		await page.goto('/table');
		const pageOverflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(pageOverflow).toBe(0);

		const events = page.getByRole('region', { name: 'Table of events' });
		await expect(events).toHaveAttribute('tabindex', '0');
		const scrolls = await events.evaluate((el) => el.scrollWidth > el.clientWidth);
		expect(scrolls).toBe(true);
		await expect(page.getByText(/sideways/)).toBeVisible();

		// The countries table needs no sideways scroll: every column, the counts included, is on screen.
		const countries = page.getByRole('region', { name: 'Table of countries' });
		const countryOverflow = await countries.evaluate((el) => el.scrollWidth - el.clientWidth);
		expect(countryOverflow).toBe(0);
	});
});
