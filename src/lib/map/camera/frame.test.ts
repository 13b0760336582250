import { describe, expect, it } from 'vitest';
import {
	boxIntoFrame,
	countryFrame,
	frameCentre,
	intoFrame,
	isOffScreen,
	moveDuration,
	pointInFrame,
	selectionCamera,
	WORLD_FRAME,
	type Box,
	type Frame
} from './frame';

describe('the world frame', () => {
	it('is centred on the Pacific side of Asia and spans at most one turn', () => {
		const centre = frameCentre(WORLD_FRAME);
		expect(centre).toBeGreaterThan(130);
		expect(centre).toBeLessThan(170);
		expect(WORLD_FRAME[1][0] - WORLD_FRAME[0][0]).toBeLessThanOrEqual(360);
	});

	it('leaves Antarctica out', () => {
		expect(WORLD_FRAME[0][1]).toBeGreaterThan(-60);
	});

	it('puts Europe left of Japan and the Americas right of it', () => {
		const london = pointInFrame([-0.1, 51.5]).x;
		const tokyo = pointInFrame([139.7, 35.7]).x;
		const washington = pointInFrame([-77, 38.9]).x;
		expect(london).toBeLessThan(tokyo);
		expect(tokyo).toBeLessThan(washington);
		expect(tokyo).toBeGreaterThan(0.4);
		expect(tokyo).toBeLessThan(0.6);
		for (const x of [london, tokyo, washington]) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(1);
		}
	});
});

describe('intoFrame', () => {
	it('moves a longitude by whole turns into the frame', () => {
		expect(intoFrame(-77)).toBe(283);
		expect(intoFrame(139.7)).toBeCloseTo(139.7);
		expect(intoFrame(-10)).toBe(-10);
		expect(intoFrame(400)).toBe(40);
	});

	it('moves a box as a whole, so the United States stays in one piece', () => {
		const usa: Box = [-171, 18, -66, 71];
		expect(boxIntoFrame(usa)).toEqual([189, 18, 294, 71]);
	});

	it('leaves a box that straddles the frame’s west edge where most of it is drawn', () => {
		// Cape Verde: its west edge (25.4°W) is just outside the world frame (25°W), most of it inside.
		const capeVerde: Box = [-25.4, 14.8, -22.7, 17.2];
		expect(boxIntoFrame(capeVerde)).toEqual(capeVerde);
		// A turn east would put all of it past the frame's east edge (330°).
		expect(intoFrame(-25.4)).toBeGreaterThan(WORLD_FRAME[1][0]);
	});

	it('moves a box into a frame centred on Greenwich as well as on the Pacific', () => {
		const greenwich: Frame = [
			[-165, -50],
			[178, 75]
		];
		const usa: Box = [-171, 18, -66, 71];
		expect(boxIntoFrame(usa, greenwich)).toEqual(usa);
		expect(boxIntoFrame([189, 18, 294, 71], greenwich)).toEqual(usa);
	});
});

describe('countryFrame', () => {
	it('grows a small country’s frame to show its neighbours', () => {
		const lebanon: Box = [35.1, 33.1, 36.6, 34.7];
		const [[west, south], [east, north]] = countryFrame(lebanon);
		expect(east - west).toBeCloseTo(24);
		expect(north - south).toBeCloseTo(12);
		// Still centred on Lebanon.
		expect((west + east) / 2).toBeCloseTo(35.85);
		expect((south + north) / 2).toBeCloseTo(33.9);
	});

	it('leaves a large country’s box as it is, moved into the frame', () => {
		const usa: Box = [-171, 18, -66, 71];
		expect(countryFrame(usa)).toEqual([
			[189, 18],
			[294, 71]
		]);
	});
});

describe('pointInFrame', () => {
	it('puts the frame’s corners at 0 and 1', () => {
		const [[west, south], [east, north]] = WORLD_FRAME;
		expect(pointInFrame([west, north])).toEqual({ x: 0, y: 0 });
		const corner = pointInFrame([east, south]);
		expect(corner.x).toBeCloseTo(1);
		expect(corner.y).toBeCloseTo(1);
	});

	it('stretches the north as Web Mercator does', () => {
		const y = (lat: number) => pointInFrame([0, lat]).y;
		// 30°N to 60°N takes more height than the equator to 30°N.
		expect(y(30) - y(60)).toBeGreaterThan(1.3 * (y(0) - y(30)));
	});
});

describe('selectionCamera', () => {
	it('frames a selected country with its neighbours, with room around it, not closer than a region', () => {
		const camera = selectionCamera([125, 33, 130, 39], null);
		expect(camera.bounds).toEqual(countryFrame([125, 33, 130, 39]));
		expect(camera.padding).toBeGreaterThan(0);
		expect(camera.maxZoom).toBeLessThan(7);
	});

	it('without a selection, fits the page’s frame, or else the world', () => {
		const asia: Frame = [
			[90, -10],
			[150, 50]
		];
		expect(selectionCamera(undefined, asia)).toEqual({ bounds: asia });
		expect(selectionCamera(undefined, null)).toEqual({ bounds: WORLD_FRAME });
	});
});

it('isOffScreen tells a point outside the view from one inside or on its edge', () => {
	const size = { width: 800, height: 600 };
	expect(isOffScreen({ x: 400, y: 300 }, size)).toBe(false);
	expect(isOffScreen({ x: 800, y: 0 }, size)).toBe(false);
	expect(isOffScreen({ x: -1, y: 300 }, size)).toBe(true);
	expect(isOffScreen({ x: 400, y: 601 }, size)).toBe(true);
});

it('moveDuration moves nothing for readers who reduce motion', () => {
	expect(moveDuration(700, false)).toBe(700);
	expect(moveDuration(700, true)).toBe(0);
});
