/**
 * Valid HTML, as the W3C Nu HTML Checker judges it, on one page of every template in every
 * language (the largest of each: the one with the most to show), listed from build/ so a page
 * added later is checked too. Pages of one template differ only in their data, whose text the
 * build has checked; `node scripts/validate-html.js` checks every page.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { builtHtmlFiles, validateBuiltHtml } from '../scripts/validate-html.js';
import { builtPagePaths, pageFamily } from './built-pages';

/** build/country/kor.html for /country/kor, build/index.html for /. */
const builtFile = (path: string) => join('build', path === '/' ? 'index.html' : `${path}.html`);

/** The largest page of each template, in each language, and the not-found page. */
function sampledPages(): string[] {
	const largest = new Map<string, string>();
	for (const path of builtPagePaths()) {
		const family = pageFamily(path);
		const held = largest.get(family);
		if (!held || statSync(builtFile(path)).size > statSync(builtFile(held)).size)
			largest.set(family, path);
	}
	return [...[...largest.values()].map(builtFile), join('build', '404.html')];
}

test('a page of every template, in every language, is valid HTML', async () => {
	test.setTimeout(120_000);
	const files = sampledPages();
	expect(builtHtmlFiles('build').length).toBeGreaterThan(50);
	// Every template in three languages: far more than one language's dozen.
	expect(files.length).toBeGreaterThan(40);
	expect(validateBuiltHtml('build', { files })).toEqual([]);
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
