/**
 * The site's pages as the build wrote them, so checks walk every page there is (the Japanese
 * twins, embeds, anything added later) instead of a list that goes stale.
 */
import { readdirSync } from 'node:fs';

/** Every built page's address: build/country/kor.html -> /country/kor, index.html -> /. */
export function builtPagePaths(dir = 'build'): string[] {
	return readdirSync(dir, { recursive: true })
		.map(String)
		.filter((name) => name.endsWith('.html') && name !== '404.html')
		.map(
			(name) =>
				'/' +
				name
					.replace(/\\/g, '/')
					.replace(/(^|\/)index\.html$/, '')
					.replace(/\.html$/, '')
		)
		.map((path) => (path.length > 1 ? path.replace(/\/$/, '') : path))
		.sort();
}

/** Pages made from one template share a family: /country/kor and /country/chn, /present/1 and /present/2. */
export function pageFamily(path: string): string {
	// A step's student page (/present/3/question) is one template too.
	return path.replace(/\/([a-z]{3}|\d+)$/, '/*').replace(/\/\d+\/question$/, '/*/question');
}

/**
 * One page per template, plus, in English, the page of each family with the most to show (its
 * largest file), so every layout is checked without checking fifty copies of one. A translated
 * twin shares its layout with the English page: one of each family is enough to catch what its
 * words change (a label that no longer matches its button, a line that wraps).
 */
export function pagesToAudit(paths: readonly string[], size: (path: string) => number): string[] {
	const families = new Map<string, string[]>();
	for (const path of paths) {
		const family = pageFamily(path);
		families.set(family, [...(families.get(family) ?? []), path]);
	}
	return [...families.entries()].flatMap(([family, members]) => {
		if (/^\/(ja|ko)(\/|$)/.test(family)) return [members[0]!];
		const largest = members.reduce((a, b) => (size(b) > size(a) ? b : a));
		return [...new Set([members[0]!, largest])];
	});
}
