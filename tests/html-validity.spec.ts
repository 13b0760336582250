/**
 * Valid HTML on every built page, as the W3C Nu HTML Checker judges it: the pages are listed from
 * build/, so a page added later is checked too.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtHtmlFiles, validateBuiltHtml } from '../scripts/validate-html.js';

test('every built page is valid HTML', async () => {
	test.setTimeout(180_000);
	expect(builtHtmlFiles('build').length).toBeGreaterThan(50);
	expect(validateBuiltHtml('build')).toEqual([]);
});

test('the check finds what is wrong, and says so when Java is missing', async () => {
	test.setTimeout(60_000);
	const dir = mkdtempSync(join(tmpdir(), 'html-check-'));
	try {
		writeFileSync(
			join(dir, 'broken.html'),
			'<!doctype html><html lang="en"><head></head><body><h1>A</h1><h3>B</h3><div aria-label="x"></div></body></html>'
		);
		const errors = validateBuiltHtml(dir);
		expect(errors.some((e) => e.startsWith('broken.html:') && /title/.test(e))).toBe(true);
		expect(errors.some((e) => /skipping 1 heading level/.test(e))).toBe(true);
		expect(errors.some((e) => /aria-label/.test(e))).toBe(true);
		expect(() => validateBuiltHtml(dir, { java: join(dir, 'no-java') })).toThrow(
			/needs a Java runtime[\s\S]*default-jre-headless/
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
