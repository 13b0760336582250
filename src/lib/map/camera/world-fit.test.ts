import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { getWorldPlaces } from '$lib/server/world';
import { boxIntoFrame, WORLD_FRAME } from './frame';
import { mercatorY } from './mercator';
import { NO_PADDING } from './cover';
import { fittedFrame, OPEN_CORNER, worldPadding } from './world-fit';

/** The countries the document itself names: for an abduction, or in an event. */
const named = new Set([
	...dataset.countries.filter((c) => c.abduction).map((c) => c.iso3),
	...dataset.events.flatMap((e) => e.countries)
]);

describe('the open corner of the world frame', () => {
	it('holds no country the document names', () => {
		expect(named).toContain('USA');
		expect(named).toContain('LBN');
		const places = getWorldPlaces();
		for (const iso3 of named) {
			const box = places.get(iso3)?.bbox;
			expect(box, iso3).toBeDefined();
			const [west, south] = boxIntoFrame(box!);
			const inCorner = west + (box![2] - box![0]) > OPEN_CORNER.west && south < OPEN_CORNER.north;
			expect(inCorner, `${iso3} ${box!.join(' ')}`).toBe(false);
		}
	});
});

/** Where the corner's top left falls in a fitted world, worked out here from the frame. */
function cornerAt(size: { width: number; height: number }, padding = NO_PADDING) {
	const drawn = fittedFrame(WORLD_FRAME, size, padding);
	const [[west, south], [east, north]] = WORLD_FRAME;
	const x = drawn.left + ((OPEN_CORNER.west - west) / (east - west)) * (drawn.right - drawn.left);
	const down =
		(mercatorY(north) - mercatorY(OPEN_CORNER.north)) / (mercatorY(north) - mercatorY(south));
	return { x, y: drawn.top + down * (drawn.bottom - drawn.top), scale: drawn.scale };
}

describe('the world fitted under the legend', () => {
	// The map at 1280x800 with the answer in words above it.
	const MAP = { width: 864, height: 417 };

	it('fits the world whole when the legend lies within the open corner', () => {
		const { x, y } = cornerAt(MAP);
		const legend = { left: Math.ceil(x), top: Math.ceil(y), right: 856, bottom: 409 };
		expect(worldPadding(WORLD_FRAME, MAP, [legend])).toEqual(NO_PADDING);
	});

	it('shrinks the world just enough to bring the corner under a taller legend', () => {
		const { x, y, scale } = cornerAt(MAP);
		const legend = { left: Math.ceil(x) + 10, top: Math.floor(y) - 60, right: 856, bottom: 409 };
		const padding = worldPadding(WORLD_FRAME, MAP, [legend]);
		const after = cornerAt(MAP, padding);
		expect(after.x).toBeLessThanOrEqual(legend.left);
		expect(after.y).toBeLessThanOrEqual(legend.top);
		// Smaller, and no smaller than it takes: the corner comes just up to the legend's top.
		expect(after.scale).toBeLessThan(scale);
		expect(after.y).toBeGreaterThan(legend.top - 4);
	});

	it('leaves the layer control over the Arctic alone, and a phone’s map unpadded', () => {
		const control = { left: 8, top: 8, right: 610, bottom: 44 };
		expect(worldPadding(WORLD_FRAME, MAP, [control])).toEqual(NO_PADDING);
		expect(worldPadding(WORLD_FRAME, MAP, [])).toEqual(NO_PADDING);
	});

	it('leaves the world whole when no shrink clears a legend that spans the map', () => {
		const wide = { left: 8, top: 100, right: 856, bottom: 409 };
		expect(worldPadding(WORLD_FRAME, MAP, [wide])).toEqual(NO_PADDING);
	});
});
