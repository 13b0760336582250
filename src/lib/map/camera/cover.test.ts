import { describe, expect, it } from 'vitest';
import { coveredParts, coverPadding, MIN_KEPT_SHARE, openFoot, padBy, paddingOf } from './cover';

/** A 672 x 512 map, as a country page shows it at 1024x768. */
const MAP = { width: 672, height: 512 };

describe('the margins that keep a fitted country clear of what covers the map', () => {
	it('leaves a tall legend at the bottom right out by the right-hand strip', () => {
		// 240 x 300 at the bottom right: the strip on the right costs 248 x 512, the one below 217 x 672.
		const legend = { left: 424, top: 295, right: 664, bottom: 504 + 8 };
		expect(coverPadding(MAP, [legend])).toMatchObject({ top: 0, right: 248, bottom: 0, left: 0 });
	});

	it('leaves a low, wide legend out by the strip below it', () => {
		const legend = { left: 300, top: 440, right: 664, bottom: 504 };
		expect(coverPadding(MAP, [legend])).toMatchObject({ top: 0, right: 0, bottom: 72, left: 0 });
	});

	it('takes each side’s widest strip over several covers', () => {
		const strip = { left: 8, top: 8, right: 610, bottom: 44 };
		const legend = { left: 424, top: 295, right: 664, bottom: 504 };
		const other = { left: 500, top: 100, right: 664, bottom: 200 };
		expect(coverPadding(MAP, [strip, legend, other])).toMatchObject({
			top: 44,
			right: 248,
			bottom: 0,
			left: 0
		});
	});

	it('ignores what lies beside the map (a phone’s legend under it) and clips what runs past it', () => {
		expect(coverPadding(MAP, [{ left: 0, top: 520, right: 672, bottom: 800 }])).toMatchObject({
			top: 0,
			right: 0,
			bottom: 0,
			left: 0
		});
		// Running past the right edge: the strip is measured to the map's edge only.
		const past = coverPadding(MAP, [{ left: 600, top: 100, right: 900, bottom: 300 }]);
		expect(past.right).toBe(72);
	});

	it('does not leave out a cover that would take most of the map whichever side it went', () => {
		const big = { left: 100, top: 100, right: 600, bottom: 450 };
		expect(coverPadding(MAP, [big])).toMatchObject({ top: 0, right: 0, bottom: 0, left: 0 });
		// Just within the share: kept out.
		const cut = Math.floor(MAP.width * (1 - MIN_KEPT_SHARE));
		const wide = coverPadding(MAP, [
			{ left: MAP.width - cut, top: 0, right: MAP.width, bottom: 512 }
		]);
		expect(wide.right).toBe(cut);
	});

	it('carries the map’s size and covers, for the world fitted under them', () => {
		const legend = { left: 300, top: 440, right: 664, bottom: 504 };
		expect(coverPadding(MAP, [legend]).over).toEqual({ size: MAP, covers: [legend] });
	});

	it('adds the air round a country to every side, and reads a single number as every side', () => {
		expect(padBy({ top: 0, right: 248, bottom: 0, left: 0 }, 30)).toEqual({
			top: 30,
			right: 278,
			bottom: 30,
			left: 30
		});
		expect(paddingOf(12)).toEqual({ top: 12, right: 12, bottom: 12, left: 12 });
		expect(paddingOf(undefined)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
	});
});

describe('coveredParts', () => {
	const map = { left: 100, top: 50, right: 900, bottom: 550 };
	it("gives an inset's part of the map in the map's own pixels", () => {
		// An inset over the map's lower-left 40% by 90%, as on a projector.
		const inset = { left: 100, top: 100, right: 420, bottom: 550 };
		expect(coveredParts(map, [inset])).toEqual([{ left: 0, top: 50, right: 320, bottom: 500 }]);
	});
	it('clips a box that runs past the map, and drops one beside it (a phone)', () => {
		const under = { left: 100, top: 550, right: 500, bottom: 726 };
		const across = { left: 0, top: 0, right: 200, bottom: 100 };
		expect(coveredParts(map, [under, across])).toEqual([
			{ left: 0, top: 0, right: 100, bottom: 50 }
		]);
	});
});

describe('the open part of the map’s foot, where a notice stands', () => {
	it('ends left of a legend at the bottom right, and is the whole foot without one', () => {
		const legend = { left: 424, top: 295, right: 664, bottom: 504 };
		expect(openFoot(MAP, [legend], 80)).toEqual({ left: 0, right: 248 });
		expect(openFoot(MAP, [], 80)).toEqual({ left: 0, right: 0 });
	});

	it('starts right of a cover at the bottom left, and ignores covers above the foot', () => {
		const inset = { left: 0, top: 300, right: 200, bottom: 512 };
		const high = { left: 500, top: 8, right: 664, bottom: 200 };
		expect(openFoot(MAP, [inset, high], 80)).toEqual({ left: 200, right: 0 });
	});
});
