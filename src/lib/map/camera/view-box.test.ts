import { describe, expect, it } from 'vitest';
import { countryFrame, selectionCamera, WORLD_FRAME } from './frame';
import {
	continuedUnits,
	pixelsPerUnit,
	pixelsToWorldUnits,
	staticViewBox,
	unitsPerTurn,
	unitsToPixels,
	viewBoxAt,
	worldUnits,
	zoomOfScale
} from './view-box';

const WORLD = { width: 960, height: 700 };
const KOREA: [number, number, number, number] = [126.1, 33.2, 129.6, 38.6];

describe('the static world shows what the live map’s camera shows', () => {
	it('shows the whole world frame when nothing is selected', () => {
		expect(staticViewBox(selectionCamera(undefined, null), WORLD)).toEqual([
			0,
			0,
			WORLD.width,
			expect.closeTo(WORLD.height, 6)
		]);
	});

	it('frames a country with its neighbours, centred on its box', () => {
		const [x, y, width, height] = staticViewBox(selectionCamera(KOREA, null), WORLD);
		const [[west, south], [east, north]] = countryFrame(KOREA);
		const [left, top] = worldUnits([west, north], WORLD);
		const [right, bottom] = worldUnits([east, south], WORLD);
		expect([x, y]).toEqual([expect.closeTo(left, 6), expect.closeTo(top, 6)]);
		expect(width).toBeCloseTo(right - left, 6);
		expect(height).toBeCloseTo(bottom - top, 6);
		// Korea's frame is a small part of the world, well inside it.
		expect(width).toBeLessThan(WORLD.width / 8);
		expect(x).toBeGreaterThan(0);
	});

	it('takes the holder’s shape, keeps the padding free and the frame whole', () => {
		const holder = { width: 800, height: 500 };
		const camera = { bounds: countryFrame(KOREA), padding: 30 };
		const box = staticViewBox(camera, WORLD, holder);
		expect(box[2] / box[3]).toBeCloseTo(holder.width / holder.height, 6);
		const [[west, south], [east, north]] = countryFrame(KOREA);
		const topLeft = unitsToPixels(worldUnits([west, north], WORLD), box, holder);
		const bottomRight = unitsToPixels(worldUnits([east, south], WORLD), box, holder);
		// The tighter side touches the padding; the other has room to spare; both are centred.
		const tight = Math.min(topLeft.x, topLeft.y);
		expect(tight).toBeCloseTo(30, 6);
		expect(topLeft.x).toBeCloseTo(holder.width - bottomRight.x, 6);
		expect(topLeft.y).toBeCloseTo(holder.height - bottomRight.y, 6);
	});

	it('fits the frame in what a legend leaves clear, centred there, as fitBounds does', () => {
		const holder = { width: 672, height: 512 };
		const covered = { top: 0, right: 248, bottom: 0, left: 0 };
		const box = staticViewBox(selectionCamera(KOREA, null, covered), WORLD, holder);
		expect(box[2] / box[3]).toBeCloseTo(holder.width / holder.height, 6);
		const [[west, south], [east, north]] = countryFrame(KOREA);
		const topLeft = unitsToPixels(worldUnits([west, north], WORLD), box, holder);
		const bottomRight = unitsToPixels(worldUnits([east, south], WORLD), box, holder);
		// Clear of the legend's strip and of the air round it on every side...
		expect(topLeft.x).toBeGreaterThanOrEqual(30 - 1e-6);
		expect(topLeft.y).toBeGreaterThanOrEqual(30 - 1e-6);
		expect(bottomRight.x).toBeLessThanOrEqual(holder.width - 248 - 30 + 1e-6);
		expect(bottomRight.y).toBeLessThanOrEqual(holder.height - 30 + 1e-6);
		// ...touching it on the tighter side, and centred in the clear part on both.
		expect(Math.min(topLeft.x - 30, topLeft.y - 30)).toBeCloseTo(0, 6);
		expect(topLeft.x - 30).toBeCloseTo(holder.width - 248 - 30 - bottomRight.x, 6);
		expect(topLeft.y - 30).toBeCloseTo(holder.height - 30 - bottomRight.y, 6);
	});

	it('stops at the camera’s zoom limit, as fitBounds does', () => {
		const holder = { width: 1600, height: 1200 };
		const box = staticViewBox(
			{ bounds: countryFrame(KOREA), padding: 30, maxZoom: 3 },
			WORLD,
			holder
		);
		expect(holder.width / box[2]).toBeCloseTo(pixelsPerUnit(3, WORLD), 6);
		expect(zoomOfScale(holder.width / box[2], WORLD)).toBeCloseTo(3, 6);
	});

	it('measures a frame that runs past 180° from its west edge', () => {
		const [x, , width] = staticViewBox({ bounds: WORLD_FRAME }, WORLD);
		expect(x).toBe(0);
		expect(width).toBeCloseTo(WORLD.width, 6);
	});

	it('turns pixels back into units, the reverse of unitsToPixels', () => {
		const holder = { width: 800, height: 500 };
		const box = staticViewBox({ bounds: countryFrame(KOREA), padding: 30 }, WORLD, holder);
		const units: [number, number] = [400, 220];
		const { x, y } = pixelsToWorldUnits(unitsToPixels(units, box, holder), box, holder);
		expect(x).toBeCloseTo(units[0], 9);
		expect(y).toBeCloseTo(units[1], 9);
	});

	it('one zoom level doubles the pixels per unit', () => {
		expect(pixelsPerUnit(4, WORLD) / pixelsPerUnit(3, WORLD)).toBeCloseTo(2, 9);
	});

	it('says the live map’s view at a centre and zoom in the world’s units', () => {
		const holder = { width: 800, height: 500 };
		const box = viewBoxAt([135, 36], 3, WORLD, holder);
		const centre = unitsToPixels(worldUnits([135, 36], WORLD), box, holder);
		expect(centre.x).toBeCloseTo(400, 6);
		expect(centre.y).toBeCloseTo(250, 6);
		// MapLibre's world is 512 px wide at zoom 0: ten degrees east at zoom 3 is that many pixels on.
		const east = unitsToPixels(worldUnits([145, 36], WORLD), box, holder);
		expect(east.x - centre.x).toBeCloseTo((10 / 360) * 512 * 8, 6);
	});

	it('continues longitudes past the frame’s east edge: a turn on is a world copy on', () => {
		const [x] = continuedUnits([127 + 360, 37], WORLD);
		expect(x - continuedUnits([127, 37], WORLD)[0]).toBeCloseTo(unitsPerTurn(WORLD), 9);
		expect(continuedUnits([127, 37], WORLD)).toEqual(worldUnits([127, 37], WORLD));
	});
});
