import { describe, expect, it } from 'vitest';
import { composePicture } from '$lib/share/compose';
import { inkOf, layerPreview, PREVIEW_SIZE, svgToPng } from './preview';

describe('link previews', () => {
	it("draw their words with the system's fonts (not a wordless map)", () => {
		const { markup } = composePicture(layerPreview('abductions', 'KOR'), PREVIEW_SIZE);
		const wordless = markup.replace(/<text[^>]*>[^<]*<\/text>/g, '');
		expect(wordless).not.toBe(markup);
		// The words alone lay down thousands of dark pixels.
		expect(inkOf(markup) - inkOf(wordless)).toBeGreaterThan(5000);
	});

	it('are 1200x630 PNGs, and a country preview names the country and its status', () => {
		const content = layerPreview('abductions', 'LBN');
		expect(content.title).toBe('Lebanon');
		expect(content.subtitle).toMatch(
			/^May have been abducted \(returnees’ testimony\) · named in \d+ dated/
		);
		const png = svgToPng(composePicture(content, PREVIEW_SIZE).markup, PREVIEW_SIZE.width);
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});
});
