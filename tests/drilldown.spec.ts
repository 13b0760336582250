import { expect, test, type Page } from '@playwright/test';
import { openReady, waitForMap } from './helpers';

/** Whether the map currently outlines a country as selected. */
async function selectedOnMap(page: Page, iso3: string) {
	return page.evaluate((code) => {
		const map = (
			window as unknown as {
				dashboardMap: {
					getFeatureState(f: { source: string; id: string }): Record<string, unknown>;
				};
			}
		).dashboardMap;
		return map.getFeatureState({ source: 'countries', id: code }).selected === true;
	}, iso3);
}

test('a deep link opens the country, selected and in view on the map', async ({ page }) => {
	await page.goto('/country/kor');
	await expect(page.getByRole('heading', { level: 1, name: 'South Korea' })).toBeVisible();
	await waitForMap(page);
	await expect.poll(() => selectedOnMap(page, 'KOR')).toBe(true);
	// Fitted to the country: zoomed in well beyond the world view.
	await expect
		.poll(() =>
			page.evaluate(() =>
				(window as unknown as { dashboardMap: { getZoom(): number } }).dashboardMap.getZoom()
			)
		)
		.toBeGreaterThan(3);
});

for (const [query, name] of [
	['South Korea', 'South Korea'],
	['ROK', 'South Korea'],
	['dprk', 'North Korea']
] as const) {
	test(`searching "${query}" opens ${name}`, async ({ page }) => {
		await openReady(page, '/');
		const search = page.getByRole('combobox', { name: /country/i });
		await search.fill(query);
		await expect(page.getByRole('listbox')).toBeVisible();
		// A country's option, not the line saying none matches (shown until the search has loaded).
		await expect(page.getByRole('option', { name: new RegExp(`^${name}`) }).first()).toBeVisible();
		await search.press('Enter');
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
		await expect(page).toHaveURL(new RegExp(`/country/${name === 'South Korea' ? 'kor' : 'prk'}$`));
	});
}

test('Enter pressed before the search has loaded still opens the country', async ({ page }) => {
	await openReady(page, '/');
	// The search's code loads when the field is first focused: hold it back, as a slow line would.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	const held: string[] = [];
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		held.push(route.request().url());
		await released;
		await route.continue();
	});
	const search = page.getByRole('combobox', { name: /country/i });
	await search.fill('South Korea');
	await expect.poll(() => held.length, { message: 'the search loads its code' }).toBeGreaterThan(0);
	await search.press('Enter');
	release();
	await expect(page.getByRole('heading', { level: 1, name: 'South Korea' })).toBeVisible();
	await expect(page).toHaveURL(/\/country\/kor$/);
});

test('search options can be picked with the arrow keys or a click', async ({ page }) => {
	await openReady(page, '/');
	const search = page.getByRole('combobox', { name: /country/i });
	await search.fill('korea');
	await expect(page.getByRole('listbox')).toBeVisible();
	await search.press('ArrowDown');
	// Wait for the state the keys lead to, then read it.
	await expect(search).toHaveAttribute('aria-activedescendant', /^country-search-[A-Z]{3}$/);
	const active = await search.getAttribute('aria-activedescendant');
	await expect(page.locator(`#${active}`)).toHaveAttribute('aria-selected', 'true');
	await search.fill('leban');
	await page.getByRole('option', { name: 'Lebanon' }).click();
	await expect(page).toHaveURL(/\/country\/lbn$/);
	await search.fill('atlantis');
	await expect(page.getByRole('listbox')).toContainText('No country in the data matches');
});

test('Enter on a word that names two countries asks which, and the arrows then choose', async ({
	page
}) => {
	await openReady(page, '/');
	const search = page.getByRole('combobox', { name: /country/i });
	await search.fill('Korea');
	await expect(page.getByRole('option', { name: /North Korea/ })).toBeVisible();
	await search.press('Enter');
	await expect(page.getByRole('listbox')).toContainText(
		'“Korea” names more than one country: choose one'
	);
	await expect(page).toHaveURL(/\/$/);
	await search.press('ArrowDown');
	await search.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'North Korea' })).toBeVisible();
	await expect(page).toHaveURL(/\/country\/prk$/);
});

test('Back and Forward move through selections; Escape and the close button return to the world', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByRole('link', { name: 'Thailand' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Thailand' })).toBeVisible();
	// Thailand's related countries include Japan (the Commission of Inquiry visited both).
	await page.getByRole('list').last().getByRole('link', { name: 'Japan', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Japan' })).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: 'Thailand' })).toBeVisible();
	await expect.poll(() => selectedOnMap(page, 'THA')).toBe(true);
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1, name: /Whose nationals/ })).toBeVisible();
	await expect.poll(() => selectedOnMap(page, 'THA')).toBe(false);
	await page.goForward();
	await expect(page.getByRole('heading', { level: 1, name: 'Thailand' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	await page.goto('/country/tha');
	await page.getByRole('link', { name: /Close Thailand/ }).click();
	await expect(page).toHaveURL(/\/$/);
});

test('the keyboard walks the map’s countries and Enter opens one', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const canvas = page.locator('.map canvas');
	await canvas.focus();
	await expect(canvas).toBeFocused();
	await page.keyboard.press('ArrowRight');
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toBeVisible();
	const first = (await tooltip.locator('strong').textContent())!;
	await page.keyboard.press('ArrowRight');
	await expect(tooltip.locator('strong')).not.toHaveText(first);
	await page.keyboard.press('ArrowLeft');
	await expect(tooltip.locator('strong')).toHaveText(first);
	await page.keyboard.press('Enter');
	// Opened with the keyboard, focus goes on to the country's heading (Escape brings it back).
	await expect(page.getByRole('heading', { level: 1, name: first })).toBeFocused();
	// The announcement carries the country for screen readers.
	await expect(page.locator('[aria-live="polite"]').filter({ hasText: first })).toHaveCount(1);
});

test('every dataset country has a prerendered page naming it', async ({ request }) => {
	const dataset = await (await request.get('/data/dataset.json')).json();
	for (const country of dataset.countries as { iso3: string; name: string }[]) {
		const response = await request.get(`/country/${country.iso3.toLowerCase()}`);
		expect(response.status(), country.iso3).toBe(200);
		expect(await response.text()).toMatch(
			new RegExp(`<h1 id="country-name"[^>]*>${country.name}</h1>`)
		);
	}
});

test('a country page says no more than the document about status and groups', async ({ page }) => {
	await page.goto('/country/usa');
	const abductions = page.getByRole('region', { name: 'Abductions', exact: true });
	await expect(abductions).toContainText('One citizen possibly abducted (per a House resolution)');
	await expect(abductions).not.toContainText('May have been abducted (returnees’ testimony)');
	await expect(abductions).toContainText("Not in the introduction's list");

	await page.goto('/country/kor');
	const groups = page.getByRole('region', { name: 'Groups', exact: true });
	await expect(groups.getByRole('listitem').filter({ hasText: 'OHCHR' })).toContainText(
		'hosts its office, not a member'
	);
	// A member of the Commission's list is not marked as anything else.
	await expect(
		groups.getByRole('listitem').filter({ hasText: 'Commission of Inquiry' })
	).not.toContainText('not a member');
});

test('searching "EU" says it is a group, and suggests no member state', async ({ page }) => {
	await openReady(page, '/');
	const search = page.getByRole('combobox', { name: /country/i });
	await search.fill('EU');
	const list = page.getByRole('listbox');
	await expect(list).toContainText('European Union is a group of countries, not one country');
	await expect(list.getByRole('option', { name: 'Germany' })).toHaveCount(0);
	await expect(list.getByRole('option', { name: /No country in the data/ })).toBeHidden();
	await openReady(page, '/ja');
	await page.getByRole('combobox').fill('EU');
	await expect(page.getByRole('listbox')).toContainText('国ではなく国の集まりです');
});

test('an unknown forum and a first choice of Forums open on the same forum', async ({ page }) => {
	await page.goto('/?layer=forums&forum=nato');
	const forum = page.getByRole('combobox', { name: 'Forum' });
	const fallback = await forum.inputValue();
	await page.goto('/');
	await page.getByRole('radio', { name: 'Forums' }).check();
	await expect(forum).toHaveValue(fallback);
	await expect(forum.locator('option:checked')).toHaveText(
		'Commission of Inquiry (countries visited)'
	);
});

test('events read oldest first, on the map page and on country pages alike', async ({ page }) => {
	const dates = () =>
		page
			.locator('ol.events')
			.first()
			.locator('li time')
			.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
	for (const path of ['/?layer=engagement', '/country/kor', '/ja/country/usa']) {
		await page.goto(path);
		await expect(page.locator('ol.events li').first()).toBeVisible();
		const shown = await dates();
		expect(shown.length, path).toBeGreaterThan(2);
		expect(shown, path).toEqual([...shown].sort());
	}
});

test('the United States was visited by the Commission of Inquiry; it does not belong to it', async ({
	page
}) => {
	await page.goto('/country/usa');
	const note = page.getByText(/These events involve/);
	// It belongs to the G7; the Commission of Inquiry visited it.
	await expect(note).toContainText(/belongs to or a UN body that visited it/);
	await page.goto('/ja/country/usa');
	await expect(page.getByText(/これらは/)).toContainText('訪問した国連の機関');
});
