import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawnLayers } from '$lib/layers/drawn';
import { dataFor } from '$lib/i18n/data';
import { DEFAULT_VIEW } from '$lib/state/view';
import { withFirstPaintWorld } from './first-paint';

const CSP =
	"<meta http-equiv=\"content-security-policy\" content=\"default-src 'self'; script-src 'self' 'sha256-kit='; style-src 'self'\">";
const page = `<html><head>${CSP}</head><body><div class="static-holder" data-first-paint></div></body></html>`;

/** The inline scripts a page runs, and the hashes its policy allows. */
function scriptsAndHashes(html: string) {
	const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	const policy = html.match(/content="([^"]*script-src[^"]*)"/)![1]!;
	const hashes = [...policy.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]!);
	return { scripts, hashes };
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('the world in a map page’s HTML', () => {
	it('answers and frames the world before the page’s script, by inline scripts its security policy allows', () => {
		const html = withFirstPaintWorld(page, '', 'en', '/');
		const { scripts, hashes } = scriptsAndHashes(html);
		expect(scripts).toHaveLength(2);
		expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('</svg>'));
		expect(hashes).toEqual([sha256(scripts[1]!), sha256(scripts[0]!), 'sha256-kit=']);
		// The framing measures what covers the map (the legend), as the page's script does.
		expect(scripts[1]).toContain('[data-map-cover]');
		// One self-contained function that runs itself: nothing left to import, and the map's
		// tooltip placing (tooltip-place.ts) bundled in.
		expect(scripts[0]).toMatch(/^\(function\(\)\{[\s\S]+\}\)\(\);$/);
		expect(scripts[0]).not.toMatch(/\bimport\b|\brequire\(|\bexport\b/);
		expect(scripts[0]).toContain('flipRight:260');
	});

	it('on a country’s page frames the country for the map’s size', () => {
		const html = withFirstPaintWorld(page, '', 'en', '/country/kor');
		const { scripts, hashes } = scriptsAndHashes(html);
		expect(scripts).toHaveLength(2);
		expect(html).toMatch(/<svg data-selected="KOR" /);
		expect(html.lastIndexOf('<script>')).toBeGreaterThan(html.indexOf('</svg>'));
		expect(hashes).toEqual([sha256(scripts[1]!), sha256(scripts[0]!), 'sha256-kit=']);
		expect(scripts[1]).toMatch(/^\(function\(\)\{[\s\S]+\}\)\(\);$/);
	});

	it('carries what the map’s tooltip says of each country in the first view', () => {
		const html = withFirstPaintWorld(page, '', 'en', '/');
		const tipOf = (iso3: string) =>
			html.match(new RegExp(`data-iso3="${iso3}"[^>]*data-tip="([^"]*)"`))?.[1]?.split('\n');
		const { dataset, summaries } = dataFor('en');
		const { describe } = drawnLayers(dataset, summaries, DEFAULT_VIEW, 'en');
		expect(tipOf('JPN')).toEqual(['Japan', ...describe('JPN')]);
		expect(tipOf('JPN')?.[1]).toBe('Abducted (stated)');
		expect(tipOf('PRK')).toEqual(['North Korea', ...describe('PRK')]);
		// Countries the document does not name share one line.
		expect(tipOf('KAZ')).toBeUndefined();
		expect(html).toContain('data-tip-others="Not mentioned in the document"');
	});

	it('on a classroom step is a picture: no script, and the policy as it was', () => {
		const html = withFirstPaintWorld(page, '', 'en', '/present/2');
		expect(html).toContain('<svg');
		expect(scriptsAndHashes(html)).toEqual({ scripts: [], hashes: ['sha256-kit='] });
	});
});
