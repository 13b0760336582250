import { pathVertices } from '$lib/geo/path';
import { describe, expect, it } from 'vitest';
import { composePicture } from '$lib/share/compose';
import { inkOf, layerPreview, PREVIEW_SIZE, svgToPng } from './preview-images';
import { summaries } from '$lib/data/dataset';

describe('link previews', () => {
	// Loading the system's fonts takes seconds, more on a busy machine.
	it("draw their words with the system's fonts (not a wordless map)", { timeout: 60_000 }, () => {
		const { markup } = composePicture(layerPreview('abductions', 'KOR'), PREVIEW_SIZE);
		const wordless = markup.replace(/<text[^>]*>[^<]*<\/text>/g, '');
		expect(wordless).not.toBe(markup);
		// The words alone lay down thousands of dark pixels.
		expect(inkOf(markup) - inkOf(wordless)).toBeGreaterThan(5000);
	});

	it('are 1200x630 PNGs, and a country preview names the country and its status', () => {
		const content = layerPreview('abductions', 'LBN');
		expect(content.title).toBe('Lebanon');
		// Lebanon is in none of the document's dated events, and its card says so in words.
		expect(content.subtitle).toBe(
			"May have been abducted (returnees’ testimony) · in none of the document's dated events"
		);
		const png = svgToPng(composePicture(content, PREVIEW_SIZE).markup, PREVIEW_SIZE.width);
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	it('frame the country: Lebanon is a large shape on its card, not a speck in the world', () => {
		// The card shows a viewBox of the pictures' world round Lebanon; the world card all of it.
		const span = (d: string) => {
			const xs = pathVertices(d).map(([x]) => x);
			return Math.max(...xs) - Math.min(...xs);
		};
		const card = layerPreview('abductions', 'LBN');
		const world = layerPreview('abductions');
		const lebanon = card.world.countries.find((c) => c.iso3 === 'LBN')!;
		expect(card.viewBox).toBeDefined();
		expect(world.viewBox).toBeUndefined();
		// Lebanon takes a share of the card's width many times its share of the world's.
		expect(span(lebanon.d) / card.viewBox![2]).toBeGreaterThan(
			8 * (span(lebanon.d) / world.world.width)
		);
		// Its neighbours are on the card too, and the far side of the world is not.
		const { markup } = composePicture(card, PREVIEW_SIZE);
		for (const code of ['LBN', 'SYR', 'ISR', 'CYP']) expect(markup).toContain(`id="${code}"`);
		expect(markup).not.toContain('id="USA"');
	});

	it('say in words when a country is in no dated event, rather than "0 dated events"', () => {
		const undated = [...summaries.values()].find((s) => s.eventCount === 0)!;
		expect(undated).toBeDefined();
		const content = layerPreview('abductions', undated.iso3);
		expect(content.subtitle).not.toMatch(/\b0\b/);
		expect(content.subtitle).toMatch(/in none of the document's dated events/);
	});
});
