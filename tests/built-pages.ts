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
 * One page per template: in English the one with the most to show (its largest file), so every
 * layout is checked without checking fifty copies of one. A translated twin shares its layout
 * with the English page, so every other family is checked in one other language, Japanese and
 * Korean in turn: enough to catch what the words change (a label that no longer matches its
 * button, a line that wraps) while keeping the run short.
 */
export function pagesToAudit(paths: readonly string[], size: (path: string) => number): string[] {
	const families = new Map<string, string[]>();
	for (const path of paths) {
		const family = pageFamily(path);
		families.set(family, [...(families.get(family) ?? []), path]);
	}
	const translatedTurn = new Map<string, number>();
	return [...families.entries()].flatMap(([family, members]) => {
		const translated = /^\/(ja|ko)(\/|$)/.exec(family);
		if (translated) {
			// The same family in the other language: /ja/table and /ko/table share /table's turn.
			const neutral = family.slice(translated[0].length - 1) || '/';
			const turn = translatedTurn.get(neutral) ?? [...families.keys()].indexOf(neutral);
			translatedTurn.set(neutral, turn);
			// Every other family, in Japanese and Korean in turn: a quarter of them in each.
			const language = turn % 4 === 0 ? 'ja' : turn % 4 === 2 ? 'ko' : null;
			return translated[1] === language ? [members[0]!] : [];
		}
		return [members.reduce((a, b) => (size(b) > size(a) ? b : a))];
	});
}
