/**
 * Follow the teacher: on a classroom served from the teacher's computer, a student's page that
 * follows turns with the projected slide; on any other host it says following is unavailable.
 * The classroom's server here listens on the loopback only, like every test.
 */
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { createSiteServer, listen } from '../scripts/serve.js';
import { enLesson as en } from '../src/lib/i18n/en/lesson';
import { jaLesson as ja } from '../src/lib/i18n/ja/lesson';
import { openReady } from './helpers';

test('a student who follows turns with the slide, on the classroom’s server', async ({
	browser
}) => {
	// The school-network address is a documentation address: the page is only told it exists.
	const server = createSiteServer({ root: 'build', lanOrigins: ['http://192.0.2.7:4173'] });
	await listen(server, { port: 0 });
	const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const slide = await context.newPage();
		await openReady(slide, `${site}/present/2`);
		// Showing the QR code is how the slide learns its server is a classroom's.
		await slide.keyboard.press('q');
		await expect(slide.locator('.lesson-qr svg.qr')).toBeVisible();

		const phone = await context.newPage();
		await openReady(phone, `${site}/ja/present/2/question`);
		await phone.getByLabel(ja.lesson.followLabel).check();
		await expect(phone.getByRole('status').filter({ hasText: ja.lesson.followOn })).toBeVisible();

		await slide.bringToFront();
		await slide.keyboard.press('ArrowRight');
		await expect(phone).toHaveURL(`${site}/ja/present/3/question`);
		await slide.keyboard.press('ArrowRight');
		await expect(slide).toHaveURL(`${site}/present/4`);
		// The phone follows in its own language, to the step the slide shows.
		await expect(phone).toHaveURL(`${site}/ja/present/4/question`);
		await expect(phone.getByLabel(ja.lesson.followLabel)).toBeChecked();
	} finally {
		await context.close();
		server.close();
	}
});

test('on a host without a classroom server, following says it is unavailable', async ({ page }) => {
	await openReady(page, '/present/3/question');
	await page.getByLabel(en.lesson.followLabel).check();
	await expect(page.getByText(en.lesson.followUnavailable)).toBeVisible();
	await expect(page).toHaveURL(/\/present\/3\/question$/);
});
