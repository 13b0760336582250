import { describe, expect, it } from 'vitest';
import { clampSize, embedPathOf, embedSnippet, EMBED_SIZE_LIMITS, mapPathOf } from './snippet';

describe('embed paths', () => {
	it('puts the world view and country pages under /embed', () => {
		expect(embedPathOf('/')).toBe('/embed');
		expect(embedPathOf('')).toBe('/embed');
		expect(embedPathOf('/country/kor')).toBe('/embed/country/kor');
		expect(embedPathOf('/country/kor/')).toBe('/embed/country/kor');
	});

	it('leads back from an embed page to the map path it shows', () => {
		for (const path of ['/', '/country/lbn']) expect(mapPathOf(embedPathOf(path))).toBe(path);
		expect(mapPathOf('/embed')).toBe('/');
	});
});

describe('clampSize', () => {
	it('keeps sizes within the limits, whole pixels', () => {
		expect(clampSize(640.4, 800)).toBe(640);
		expect(clampSize('480', 800)).toBe(480);
		expect(clampSize(10, 800)).toBe(EMBED_SIZE_LIMITS.min);
		expect(clampSize(99_999, 800)).toBe(EMBED_SIZE_LIMITS.max);
	});

	it('falls back on what is not a size', () => {
		expect(clampSize('', 500)).toBe(500);
		expect(clampSize('wide', 500)).toBe(500);
		expect(clampSize(-3, 500)).toBe(500);
		expect(clampSize(Number.NaN, 500)).toBe(500);
	});
});

describe('embedSnippet', () => {
	it('gives the absolute address, the size and a title', () => {
		const html = embedSnippet({
			src: 'https://example.org/embed/country/kor?layer=forums&forum=g7',
			width: 800,
			height: 500,
			title: 'Map: South Korea'
		});
		expect(html).toBe(
			'<iframe src="https://example.org/embed/country/kor?layer=forums&amp;forum=g7" width="800" height="500" title="Map: South Korea" loading="lazy" style="border: 0; max-width: 100%"></iframe>'
		);
	});

	it('responsive: as wide as the column up to the width asked, the height a fallback, with the script', () => {
		const view = { src: 'https://example.org/embed', title: 'Map' };
		const html = embedSnippet({ ...view, width: 800, height: 500, responsive: true });
		expect(html).toMatch(
			/^<iframe src="https:\/\/example.org\/embed" data-abductions-map width="100%" height="500" title="Map" loading="lazy" style="border: 0; width: 100%; max-width: 800px"><\/iframe><script>/
		);
		expect(html.endsWith('</script>')).toBe(true);
		expect(html.match(/<iframe /g)).toHaveLength(1);
	});

	it('escapes quotes and angle brackets, so the code stays one element', () => {
		const hostile = { src: 'https://x.test/"><b>', title: 'a"b' };
		const html = embedSnippet({ ...hostile, width: 300, height: 300 });
		expect(html).not.toContain('"><b>');
		expect(html).toContain('title="a&quot;b"');
		expect(html.match(/<iframe /g)).toHaveLength(1);
	});
});
