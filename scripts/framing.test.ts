import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framingPolicy, isEmbedPath } from './framing.js';

/** static/_headers as rules: a path pattern (with * for the rest of the path) and its headers. */
function readHeaderRules(text: string) {
	const rules: { pattern: string; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
		else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)!.headers.push([name!.trim().toLowerCase(), value.join(':').trim()]);
		}
	}
	return rules;
}

function matches(pattern: string, path: string): boolean {
	if (pattern.endsWith('/*')) return path.startsWith(pattern.slice(0, -1));
	return path === pattern;
}

/** One address for every page route in src/routes, e.g. (map)/country/[iso3=iso3] -> /country/kor. */
function pagePaths(): string[] {
	const root = join(import.meta.dirname, '..', 'src', 'routes');
	const paths: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name));
			else if (entry.name === '+page.svelte') {
				const segments = relative(root, dir)
					.split(sep)
					.filter((s) => s && !/^\(.*\)$/.test(s))
					.map((s) =>
						s
							.replace(/^\[iso3=iso3\]$/, 'kor')
							.replace(/^\[step=step\]$/, '3')
							.replace(/^\[layer=layer\]$/, 'forums')
					);
				expect(segments.join('/'), 'a route parameter without a sample value').not.toMatch(/\[/);
				paths.push(`/${segments.join('/')}`);
			}
		}
	};
	walk(root);
	return paths;
}

describe('framing', () => {
	it('lets any site frame the embed pages, and only the dashboard frame the others', () => {
		expect(framingPolicy('/embed')).toBe('frame-ancestors *');
		expect(framingPolicy('/embed/country/kor')).toBe('frame-ancestors *');
		expect(framingPolicy('/ja/embed/country/kor')).toBe('frame-ancestors *');
		expect(framingPolicy('/')).toBe("frame-ancestors 'self'");
		expect(framingPolicy('/country/kor')).toBe("frame-ancestors 'self'");
		expect(framingPolicy('/embedded')).toBe("frame-ancestors 'self'");
		expect(isEmbedPath('/present/embed')).toBe(false);
	});

	it('static/_headers gives every page, in both languages, the policy the server sends', () => {
		const rules = readHeaderRules(
			readFileSync(join(import.meta.dirname, '..', 'static', '_headers'), 'utf8')
		);
		const paths = pagePaths();
		expect(paths).toContain('/embed/country/kor');
		expect(paths).toContain('/present/3');
		for (const englishPath of paths) {
			for (const path of [englishPath, englishPath === '/' ? '/ja' : `/ja${englishPath}`]) {
				const policies = rules
					.filter((rule) => matches(rule.pattern, path))
					.flatMap((rule) => rule.headers.filter(([name]) => name === 'content-security-policy'))
					.map(([, value]) => value);
				// Exactly one: hosts join the values of overlapping rules, and both would apply.
				expect(policies, path).toEqual([framingPolicy(path)]);
			}
		}
	});
});
