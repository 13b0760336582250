/**
 * The printed worksheet and answer sheet, read back from the PDF the browser prints (as a
 * teacher's printer would get it): the worksheet carries every question and none of the
 * answers; the answer sheet carries every answer, a map question's countries named.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../src/lib/data/schema';
import { enLesson } from '../src/lib/i18n/en/lesson';
import { mapAnswer, QUESTIONS } from '../src/lib/lesson/questions';
import { SITE_EN } from '../src/lib/i18n/en/site';

/** The text of the page printed to A4, as poppler's pdftotext reads it, its spaces made one. */
async function printedText(page: Page, path: string): Promise<string> {
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const folder = mkdtempSync(join(tmpdir(), 'worksheet-'));
	try {
		writeFileSync(join(folder, 'sheet.pdf'), pdf);
		const read = spawnSync('pdftotext', ['-enc', 'UTF-8', 'sheet.pdf', '-'], {
			cwd: folder,
			encoding: 'utf8'
		});
		expect(read.error, 'pdftotext (Debian: poppler-utils) reads the PDF').toBeFalsy();
		expect(read.status, read.stderr).toBe(0);
		return oneLine(read.stdout);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/** Words as a line wraps them or not: every run of spaces and line breaks one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The dataset as the data files hold it (English). */
function englishDataset(): Dataset {
	const json = (name: string) =>
		JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8'));
	return {
		countries: json('countries').countries,
		groups: json('groups').groups,
		events: json('events').events
	} as unknown as Dataset;
}

test('the printed worksheet asks every question and gives no answer', async ({ page }) => {
	const text = await printedText(page, '/present/worksheet');
	for (const { id } of QUESTIONS) {
		const { prompt, answer } = enLesson.questions[id];
		expect(text, `question ${id}`).toContain(oneLine(prompt));
		expect(text, `answer ${id} on the worksheet`).not.toContain(oneLine(answer));
	}
	// The sheet alone: the site's header (its title and menu) is not printed, but its source is.
	expect(text).not.toContain(SITE_EN);
	expect(text).toMatch(
		/Source: .*Japan-North Korea Relations.*Ministry of Foreign Affairs of Japan/
	);
});

test('the printed answer sheet gives every answer, with a map question’s countries', async ({
	page
}) => {
	const text = await printedText(page, '/present/answers');
	const dataset = englishDataset();
	const names = new Map(dataset.countries.map((c) => [c.iso3, c.name]));
	for (const question of QUESTIONS) {
		const { prompt, answer } = enLesson.questions[question.id];
		expect(text, `question ${question.id}`).toContain(oneLine(prompt));
		expect(text, `answer ${question.id}`).toContain(oneLine(answer));
		if (!('source' in question)) continue;
		// The countries the data gives, each named where the data names it.
		const named = mapAnswer(question.source, dataset).countries.flatMap(
			(iso3) => names.get(iso3) ?? []
		);
		expect(named.length, `question ${question.id}: countries in the data`).toBeGreaterThan(0);
		for (const name of named) expect(text, `${question.id}: ${name}`).toContain(name);
	}
});
