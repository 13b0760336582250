/**
 * The names in saved pictures of whole views: each over its own country or the sea, never over a
 * neighbour's land, and Japan and the Koreas always named. The land is read from the picture's
 * own shapes by winding number, apart from the search's own (ray-casting) test.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locale';
import { viewPreview } from '$lib/server/preview-images';
import { getPictureWorld } from '$lib/server/world';
import { DEFAULT_VIEW } from '$lib/state/view';
import { EXPORT_WIDTH } from './saving';
import { composePicture } from './compose';
import { pathRings } from './picture-names';

/** Whether a ring winds round a point (its winding number is not zero). */
function polygonContains(ring: readonly [number, number][], [x, y]: [number, number]): boolean {
	let winding = 0;
	for (let i = 0; i < ring.length; i++) {
		const [ax, ay] = ring[i]!;
		const [bx, by] = ring[(i + 1) % ring.length]!;
		const side = (bx - ax) * (y - ay) - (x - ax) * (by - ay);
		if (ay <= y && by > y && side > 0) winding++;
		else if (ay > y && by <= y && side < 0) winding--;
	}
	return winding !== 0;
}

const world = getPictureWorld();
const shapes = world.countries.map((c) => ({
	iso3: c.iso3,
	rings: pathRings(c.d).map((ring) => ring.points)
}));
/** The countries whose land holds a point in the world's units (even-odd: a lake is not land). */
const landAt = (point: [number, number]) =>
	shapes.filter((s) => s.rings.filter((ring) => polygonContains(ring, point)).length % 2 === 1);

function names(locale: Locale, selected: string | null = null) {
	const markup = composePicture(viewPreview(DEFAULT_VIEW, selected, locale, { world }), {
		width: EXPORT_WIDTH
	}).markup;
	const [, scale, tx, ty] = markup.match(
		/<g id="countries" transform="scale\(([\d.]+)\) translate\(([-\d.]+) ([-\d.]+)\)"/
	)!;
	const size = Number(markup.match(/<g id="names" font-size="([\d.]+)"/)![1]);
	const group = markup.match(/<g id="names"[^>]*>(.*?)<\/g>/)![1]!;
	const texts = [
		...group.matchAll(
			/<text data-iso3="(\w+)" x="([-\d.]+)" y="([-\d.]+)" text-anchor="(\w+)">([^<]*)</g
		)
	];
	return texts.map(([, iso3, x, y, anchor, text]) => {
		// At least the letters' middle: half an em a glyph (a wide one, a whole em), cap height.
		const width =
			[...text!].reduce((w, c) => w + (/[\u3000-\u9fff\uac00-\ud7a3]/.test(c) ? 1 : 0.5), 0) * size;
		const start = Number(x) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
		const toUnits = (px: number, py: number): [number, number] => [
			px / Number(scale) - Number(tx),
			py / Number(scale) - Number(ty)
		];
		const over = new Set<string>();
		for (let i = 0; i <= 8; i++)
			for (let j = 0; j <= 2; j++)
				for (const s of landAt(toUnits(start + (width * i) / 8, Number(y) - (size * 0.7 * j) / 2)))
					if (s.iso3 !== iso3) over.add(s.iso3);
		return { iso3: iso3!, text: text!, over: [...over] };
	});
}

describe('the names in a picture of the world', () => {
	for (const locale of ['en', 'ja', 'ko'] as const)
		it(`sit on no neighbour's land, with Japan and the Koreas named (${locale})`, () => {
			const placed = names(locale);
			expect(placed.map((n) => n.iso3)).toEqual(expect.arrayContaining(['JPN', 'KOR', 'PRK']));
			for (const name of placed)
				expect({ ...name, over: name.over }).toEqual({ ...name, over: [] });
		});
});
