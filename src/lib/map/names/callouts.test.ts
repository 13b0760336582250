import { describe, expect, it } from 'vitest';
import { geoBounds, geoContains } from 'd3-geo';
import coarse from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { labelPoint, topologyToCountries } from '$lib/server/geo/natural-earth';
import { numericToIso3 } from '$lib/server/geo/iso';
import {
	CALLOUTS,
	CALLOUT_MAX_ZOOM,
	calloutName,
	closeInPlace,
	calloutNear,
	nameBox,
	nearestCopy,
	overlaps,
	type Callout,
	type NamePlacement,
	type ScreenBox
} from './callouts';
import {
	EDGE_MARGIN,
	leaderEnd,
	placeNames,
	segmentCrossesBox,
	segmentsCross,
	type PlacementView
} from './search';
import { latitudeAt, mercatorY } from '../camera/mercator';

const countries = topologyToCountries(coarse as unknown as Topology, numericToIso3);
/** Each country's box, so a point is tested only against the few countries that could hold it. */
const boxes = countries.map((c) => geoBounds(c));
function countryAt(point: [number, number], except?: string) {
	return countries.find((c, i) => {
		const [[west, south], [east, north]] = boxes[i]!;
		const inBox =
			point[1] >= south &&
			point[1] <= north &&
			// A box across the antimeridian has west > east.
			(west <= east ? point[0] >= west && point[0] <= east : point[0] >= west || point[0] <= east);
		return inBox && c.properties.iso3 !== except && geoContains(c, point);
	});
}
const NAMES: Record<string, string> = { PRK: 'North Korea', JPN: 'Japan', KOR: 'South Korea' };
/** Generous for the labels' 0.8rem semi-bold type: 8 px a character, 16 px high. */
const width = (callout: Callout, zoom: number) =>
	calloutName(callout, NAMES[callout.iso3]!, zoom).length * 8;
const HEIGHT = 16;

/** Web Mercator at a zoom, in CSS pixels, as MapLibre draws it (512 px tiles). */
function project([lng, lat]: [number, number], zoom: number): [number, number] {
	const size = 512 * 2 ** zoom;
	return [((lng + 180) / 360) * size, ((Math.PI - mercatorY(lat)) / (2 * Math.PI)) * size];
}
function unproject([x, y]: [number, number], zoom: number): [number, number] {
	const size = 512 * 2 ** zoom;
	return [(x / size) * 360 - 180, latitudeAt(Math.PI - (2 * Math.PI * y) / size)];
}

/** A phone's world view (390 px wide) up to the zoom where the names move onto the countries. */
const ZOOMS = [-0.4, 0, 0.78, 1.5, 2.5, CALLOUT_MAX_ZOOM - 0.01];

describe('callouts of Japan and the Koreas', () => {
	it('never sit on a country’s fill, at any world zoom', () => {
		for (const zoom of ZOOMS) {
			for (const callout of CALLOUTS) {
				const [x, y] = project(callout.at, zoom);
				const box = nameBox(x, y, width(callout, zoom), HEIGHT);
				for (let i = 0; i <= 8; i++) {
					for (let j = 0; j <= 2; j++) {
						const point = unproject(
							[
								box.left + ((box.right - box.left) * i) / 8,
								box.top + ((box.bottom - box.top) * j) / 2
							],
							zoom
						);
						const under = countryAt(point);
						expect(under?.properties.name, `${callout.iso3} at zoom ${zoom}`).toBeUndefined();
					}
				}
			}
		}
	});

	it('closer in, sit on their own country or the sea, never on a neighbour', () => {
		// The label points the map uses, from the same geometry.
		const pointOf = (iso3: string) =>
			labelPoint(countries.find((c) => c.properties.iso3 === iso3)!) as [number, number];
		for (const zoom of [CALLOUT_MAX_ZOOM, 4.5, 5.5, 7]) {
			for (const callout of CALLOUTS) {
				const { at, centred } = closeInPlace(callout, pointOf(callout.iso3), zoom);
				const [x, y] = project(at, zoom);
				const w = NAMES[callout.iso3]!.length * 8;
				const box = nameBox(centred ? x - w / 2 : x, y, w, HEIGHT);
				for (let i = 0; i <= 8; i++) {
					for (let j = 0; j <= 2; j++) {
						const point = unproject(
							[
								box.left + ((box.right - box.left) * i) / 8,
								box.top + ((box.bottom - box.top) * j) / 2
							],
							zoom
						);
						const under = countryAt(point, callout.iso3);
						expect(under?.properties.name, `${callout.iso3} at zoom ${zoom}`).toBeUndefined();
					}
				}
			}
		}
	});

	it('never overlap each other', () => {
		for (const zoom of ZOOMS) {
			const boxes = CALLOUTS.map((c) => {
				const [x, y] = project(c.at, zoom);
				return nameBox(x, y, width(c, zoom), HEIGHT);
			});
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++)
					expect(overlaps(boxes[i]!, boxes[j]!), `zoom ${zoom}`).toBe(false);
		}
	});

	it('use the full names once the world is wider than a phone', () => {
		for (const callout of CALLOUTS) expect(calloutName(callout, 'Name', 0.78)).toBe('Name');
		expect(calloutName(CALLOUTS[0]!, 'North Korea', -0.4)).toBe('N. Korea');
	});

	it('are stacked north to south as the countries lie', () => {
		const lats = CALLOUTS.map((c) => c.at[1]);
		expect(lats).toEqual([...lats].sort((a, b) => b - a));
		expect(CALLOUTS.map((c) => c.iso3)).toEqual(['PRK', 'JPN', 'KOR']);
	});
});

it('overlaps tells touching boxes from apart ones', () => {
	expect(overlaps(nameBox(0, 0, 10, 10), nameBox(5, 5, 10, 10))).toBe(true);
	expect(overlaps(nameBox(0, 0, 10, 10), nameBox(0, 10, 10, 10))).toBe(false);
});

it('segments cross only where they do, and a segment crosses a box it passes through', () => {
	const at = (x: number, y: number) => ({ x, y });
	expect(segmentsCross(at(0, 0), at(10, 10), at(0, 10), at(10, 0))).toBe(true);
	expect(segmentsCross(at(0, 0), at(10, 0), at(0, 5), at(10, 5))).toBe(false);
	const box: ScreenBox = { left: 10, top: 10, right: 20, bottom: 20 };
	expect(segmentCrossesBox(at(0, 15), at(30, 15), box)).toBe(true);
	expect(segmentCrossesBox(at(0, 0), at(30, 5), box)).toBe(false);
	// A leader ending on the name's side does not count as crossing it.
	expect(segmentCrossesBox(at(0, 15), leaderEnd(at(0, 15), box), box)).toBe(false);
});

it('a leader line reaches the middle of the name’s near side', () => {
	const box: ScreenBox = { left: 10, top: 10, right: 50, bottom: 30 };
	expect(leaderEnd({ x: 0, y: 0 }, box)).toEqual({ x: 10, y: 20 });
	expect(leaderEnd({ x: 90, y: 40 }, box)).toEqual({ x: 50, y: 20 });
	expect(leaderEnd({ x: 30, y: 60 }, box)).toEqual({ x: 30, y: 30 });
});

it('the map’s world copies: a longitude and a callout moved to the copy nearest the view', () => {
	expect(nearestCopy(127, -170)).toBe(-233);
	expect(nearestCopy(127, 150)).toBe(127);
	expect(nearestCopy(-170, 150)).toBe(190);
	const moved = calloutNear(CALLOUTS[0]!, 127, -170);
	expect(moved.at).toEqual([155 - 360, 49]);
	expect(moved.offshore).toEqual([130.2 - 360, 40.6]);
});

describe('placeNames on the real world', () => {
	/** A MapLibre-like view of the world: Web Mercator at a zoom, centred on a place. */
	function worldView(
		zoom: number,
		[lng, lat]: [number, number],
		width: number,
		height: number,
		/** Pixels a character: the classroom's 20 px bold type is some 12.5. */
		perCharacter: number,
		lineHeight: number
	): PlacementView {
		const [cx, cy] = project([lng, lat], zoom);
		const under = new Map<string, string | undefined>();
		const toScreen = (at: [number, number]) => {
			const [x, y] = project(at, zoom);
			return { x: x - cx + width / 2, y: y - cy + height / 2 };
		};
		return {
			zoom,
			width,
			height,
			project: toScreen,
			unproject: ({ x, y }) => unproject([x + cx - width / 2, y + cy - height / 2], zoom),
			measure: (name) => ({ width: name.length * perCharacter, height: lineHeight }),
			countriesUnder: (box) => {
				// Sampled on one 4 px grid for the whole view, so the many boxes the search asks
				// about share their answers.
				const found = new Set<string>();
				const along = (low: number, high: number) => {
					const steps = [];
					for (let at = Math.ceil(low / 4) * 4; at <= high; at += 4) steps.push(at);
					return steps;
				};
				for (const x of along(box.left, box.right))
					for (const y of along(box.top, box.bottom)) {
						const key = `${x},${y}`;
						if (!under.has(key))
							under.set(
								key,
								countryAt(unproject([x + cx - width / 2, y + cy - height / 2], zoom))?.properties
									.iso3
							);
						const iso3 = under.get(key);
						if (iso3) found.add(iso3);
					}
				return [...found];
			}
		};
	}
	const pointOf = (iso3: string) =>
		labelPoint(countries.find((c) => c.properties.iso3 === iso3)!) as [number, number];
	const requests = (names: Record<string, string> = NAMES) =>
		CALLOUTS.map((callout) => ({
			callout,
			labelPoint: pointOf(callout.iso3),
			name: names[callout.iso3]!
		}));

	/** What the rules promise, checked in the view's pixels. */
	function expectWellPlaced(placements: NamePlacement[], view: PlacementView) {
		const boxes = placements.map((placement) => {
			const { x, y } = view.project(placement.at);
			const { width, height } = view.measure(placement.name);
			const left = { left: x, centre: x - width / 2, right: x - width }[placement.align];
			return nameBox(left, y, width, height);
		});
		placements.forEach((placement, i) => {
			const box = boxes[i]!;
			const iso3 = CALLOUTS[i]!.iso3;
			expect(placement.mode, iso3).not.toBe('hidden');
			expect(box.left, iso3).toBeGreaterThanOrEqual(EDGE_MARGIN - 0.01);
			expect(box.top, iso3).toBeGreaterThanOrEqual(EDGE_MARGIN - 0.01);
			expect(box.right, iso3).toBeLessThanOrEqual(view.width - EDGE_MARGIN + 0.01);
			expect(box.bottom, iso3).toBeLessThanOrEqual(view.height - EDGE_MARGIN + 0.01);
			// Shrunk by a pixel: the unprojected anchor may round the box out a hair.
			const inner = {
				left: box.left + 1,
				top: box.top + 1,
				right: box.right - 1,
				bottom: box.bottom - 1
			};
			expect(
				view.countriesUnder(inner).filter((c) => c !== iso3),
				iso3
			).toEqual([]);
			for (let j = i + 1; j < boxes.length; j++)
				expect(overlaps(box, boxes[j]!), `${iso3} and ${CALLOUTS[j]!.iso3}`).toBe(false);
		});
	}

	it('names all three on the classroom’s first step at 1024x768, where the callouts leave the frame', () => {
		// The first step's map as the projector shows it: Romania to Japan, the names in 20 px type.
		const view = worldView(1.43, [82.88, 34.59], 595, 414, 12.5, 20);
		const placements = placeNames(requests(), view);
		expectWellPlaced(placements, view);
		// Called out, with leader lines: the Koreas are too small at this zoom to hold a name.
		expect(placements.map((p) => p.mode)).toEqual(['out', 'out', 'out']);
	});

	it('names all three on a phone’s first two steps, in the phone’s 16 px type', () => {
		// Each step's frame grown to the phone's map box, 390 x 300 px.
		for (const view of [
			worldView(0.82, [82.88, 34.59], 390, 300, 10, 16),
			worldView(0.54, [69.49, 25.83], 390, 300, 10, 16)
		])
			expectWellPlaced(placeNames(requests(), view), view);
	});

	it('gives the two Koreas the same form of name on a phone: not "N. Korea" beside "South Korea"', () => {
		for (const view of [
			worldView(0.82, [82.88, 34.59], 390, 300, 10, 16),
			worldView(0.54, [69.49, 25.83], 390, 300, 10, 16),
			worldView(0.9, [127, 37], 390, 300, 10, 16)
		]) {
			const [north, , south] = placeNames(requests(), view);
			const shortened = [north!.name === 'N. Korea', south!.name === 'S. Korea'];
			expect(shortened[0], `${north!.name} beside ${south!.name}`).toBe(shortened[1]);
		}
	});

	it('names all three on the same step in Japanese, without short names', () => {
		const japanese = worldView(1.43, [82.88, 34.59], 595, 414, 20, 24);
		const ja = requests({ PRK: '北朝鮮', JPN: '日本', KOR: '韓国' }).map((r) => ({
			...r,
			callout: { ...r.callout, short: undefined }
		}));
		expectWellPlaced(placeNames(ja, japanese), japanese);
	});

	it('keeps the map page’s designed callouts over the Pacific at world zoom', () => {
		const view = worldView(1.3, [150, 20], 1000, 640, 8, 16);
		const placements = placeNames(requests(), view);
		expectWellPlaced(placements, view);
		placements.forEach((placement, i) => {
			expect(placement).toMatchObject({
				mode: 'out',
				align: 'left',
				name: NAMES[CALLOUTS[i]!.iso3]
			});
			expect(placement.at[0]).toBeCloseTo(CALLOUTS[i]!.at[0], 6);
			expect(placement.at[1]).toBeCloseTo(CALLOUTS[i]!.at[1], 6);
			expect(placement.leader?.[0]).toEqual(pointOf(CALLOUTS[i]!.iso3));
		});
	});

	it('puts each name on its own country on a country page, without a leader', () => {
		const view = worldView(5, [132, 37], 800, 560, 8, 16);
		const placements = placeNames(requests(), view);
		expectWellPlaced(placements, view);
		for (const placement of placements) {
			expect(placement).toMatchObject({ mode: 'close', align: 'centre' });
			expect(placement.leader).toBeUndefined();
		}
	});

	it('hides a name whose country is out of view, and only that one', () => {
		// Europe: Japan and the Koreas are far to the east.
		const view = worldView(3, [10, 50], 800, 560, 8, 16);
		expect(placeNames(requests(), view).map((p) => p.mode)).toEqual(['hidden', 'hidden', 'hidden']);
	});
});

describe('placeNames on a flat test map', () => {
	const prk = CALLOUTS[0]!;
	const jpn = CALLOUTS[1]!;
	/** 10 px a degree, west edge at `west`, north edge at 60°; land is the `land` boxes (in degrees). */
	const view = (
		zoom: number,
		west: number,
		width = 800,
		height = 400,
		land: Record<string, [number, number, number, number]> = {}
	): PlacementView => {
		const project = ([lng, lat]: [number, number]) => ({
			x: (lng - west) * 10,
			y: (60 - lat) * 10
		});
		return {
			zoom,
			width,
			height,
			project,
			unproject: ({ x, y }) => [x / 10 + west, 60 - y / 10],
			measure: (name) => ({ width: name.length * 8, height: 16 }),
			countriesUnder: (box) =>
				Object.entries(land)
					.filter(([, [w, s, e, n]]) => {
						const a = project([w, n]);
						const b = project([e, s]);
						return overlaps(box, { left: a.x, top: a.y, right: b.x, bottom: b.y });
					})
					.map(([iso3]) => iso3)
		};
	};
	const one = (callout: Callout, point: [number, number], name: string, v: PlacementView) =>
		placeNames([{ callout, labelPoint: point, name }], v)[0]!;

	it('calls a name out over the sea at world zoom, when the callout is in view', () => {
		expect(one(prk, [127, 40], 'North Korea', view(1, 100))).toMatchObject({
			mode: 'out',
			at: prk.at,
			name: 'North Korea',
			leader: [[127, 40], prk.at]
		});
	});

	it('puts it on or beside its country when the callout would leave the view', () => {
		// A frame of East Asia alone: 95°E to 150°E, no room for the Pacific callouts.
		const east = view(1, 95, 550);
		expect(one(prk, [127, 40], 'North Korea', east)).toMatchObject({
			mode: 'close',
			at: prk.offshore,
			align: 'left'
		});
		expect(one(jpn, [138, 36], 'Japan', east)).toMatchObject({
			mode: 'close',
			at: [138, 36],
			align: 'centre'
		});
	});

	it('tries the short name, then moves the callout west into the frame, before hiding it', () => {
		// The callout at 155°E runs past a frame ending at 160°E; land where the close-in names go.
		const land: Record<string, [number, number, number, number]> = {
			CHN: [100, 30, 129, 55],
			JPN: [129, 30, 146, 46]
		};
		const narrow = view(1, 100, 600, 400, land);
		// "North Korea" (88 px) and "N. Korea" (64 px) both run past 160°E from 155°E: the full
		// name moves west on its row, its right end at the frame's edge.
		expect(one(prk, [127, 40], 'North Korea', narrow)).toMatchObject({
			mode: 'out',
			name: 'North Korea',
			at: [100 + (600 - EDGE_MARGIN - 88) / 10, prk.at[1]]
		});
		// With a longer name only the short one fits east of the land: it stays at the callout.
		const wider = { ...narrow, width: 660 };
		expect(one(prk, [127, 40], 'North Korea (DPRK)', wider)).toMatchObject({
			mode: 'out',
			name: 'N. Korea',
			at: prk.at
		});
	});

	it("moves North Korea's name from offshore onto the country once the country can hold it", () => {
		const justCloser = one(prk, [127, 40], 'North Korea', view(4, 95, 550));
		expect(justCloser).toMatchObject({ mode: 'close', at: prk.offshore, align: 'left' });
		const countryPage = one(prk, [127, 40], 'North Korea', view(5.5, 115, 800));
		expect(countryPage).toMatchObject({ mode: 'close', at: [127, 40], align: 'centre' });
	});

	it('never puts a name on another country: it looks further out, with a leader line', () => {
		// Land all round Japan's point but for the sea to its south-east.
		const land: Record<string, [number, number, number, number]> = {
			RUS: [95, 40, 175, 60],
			CHN: [95, 20, 137, 40],
			PHL: [140, 20, 175, 31]
		};
		const crowded = view(4, 95, 800, 400, land);
		const placed = one(jpn, [138, 36], 'Japan', crowded);
		expect(placed.mode).toBe('out');
		expect(placed.leader?.[0]).toEqual([138, 36]);
		const { x, y } = crowded.project(placed.at);
		const left = { left: x, centre: x - 20, right: x - 40 }[placed.align];
		expect(crowded.countriesUnder(nameBox(left, y, 40, 16))).toEqual([]);
	});

	it('hides it when even its country is out of view', () => {
		expect(one(jpn, [138, 36], 'Japan', view(5, 0, 400)).mode).toBe('hidden');
	});

	it('keeps two names apart, and stacks called-out names as their countries lie', () => {
		const v = view(1, 100);
		const both = placeNames(
			[
				{ callout: prk, labelPoint: [127, 40], name: 'North Korea' },
				{ callout: { ...prk, iso3: 'XXX' }, labelPoint: [127, 38], name: 'North Korea' }
			],
			v
		);
		const [a, b] = both.map((p) => v.project(p.at));
		expect(both.every((p) => p.mode !== 'hidden')).toBe(true);
		// Same place asked for twice: the second (its country further south) goes below.
		expect(b!.y - a!.y).toBeGreaterThanOrEqual(16);
	});
});
