import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishWords, textOfMarkup } from '../src/lib/i18n/english-words';

// The built Japanese site, read from disk: every page's text and the words in its attributes,
// and every picture drawn for it (the handout's maps, the slides' exports). No browser needed.
const ROOT = join(process.cwd(), 'build', 'ja');

const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);

/** Meta tags whose content is words a reader sees (a description, a preview's title). */
const WORDY_META =
	/\b(?:name|property)="(?:description|og:title|og:description|og:image:alt|twitter:title|twitter:description)"/;

/** What a reader sees or hears of a page: its text, labels and alternatives, and its meta words. */
function readable(markup: string): string {
	// Code to copy (the embed snippet, the data's column names) is code, not words; a file's name
	// is its name; text marked lang="en" (the source's original title) is English on purpose.
	const page = markup
		.replace(/<(code|textarea|pre)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
		.replace(/<(\w+)\b[^>]*\slang="en"[^>]*>[^<]*<\/\1>/g, ' ')
		.replace(/\b[\w-]+\.(?:csv|json|svg|png)\b/g, ' ');
	const labels = [...page.matchAll(/\s(?:alt|aria-label|title|placeholder)="([^"]*)"/g)];
	const metas = [...page.matchAll(/<meta\b[^>]*>/g)]
		.filter((m) => WORDY_META.test(m[0]))
		.map((m) => /\scontent="([^"]*)"/.exec(m[0])?.[1] ?? '');
	return [textOfMarkup(page), ...labels.map((m) => m[1]!), ...metas].join(' ');
}

test('the Japanese pages and pictures carry no English words', () => {
	const files = filesUnder(ROOT).filter((file) => /\.(html|svg)$/.test(file));
	expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
	expect(files.some((f) => f.includes(join('export', 'step')))).toBe(true);
	const found = files.flatMap((file) => {
		const markup = readFileSync(file, 'utf8');
		const text = file.endsWith('.html') ? readable(markup) : textOfMarkup(markup);
		return englishWords(text).map((word) => `${file.slice(ROOT.length)}: ${word}`);
	});
	expect(found).toEqual([]);
});
