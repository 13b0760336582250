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

/** What a reader sees or hears of a page: its text, and its labels, alternatives and meta words. */
function readable(markup: string): string {
	const attributes = [
		...markup.matchAll(/\s(?:alt|aria-label|title|placeholder|content)="([^"]*)"/g)
	].map((m) => m[1]!);
	// Meta tags that hold addresses or settings, not words.
	const words = attributes.filter((value) => !/^(https?:|\/|width=|#|[\d.]+$)/.test(value));
	return `${textOfMarkup(markup)} ${words.join(' ')}`;
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
