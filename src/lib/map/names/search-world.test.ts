import { describe, expect, it } from 'vitest';
import { calloutFor, CALLOUTS, nameBox, overlaps, type NamePlacement } from './callouts';
import { EDGE_MARGIN, placeNames, type PlacementView } from './search';
import { NAMES, pointOf, worldView } from './test-world';

describe('placeNames on the real world', () => {
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

	it('names the Koreas near them on a phone framed on China, not at the far callouts', () => {
		// China's page on a phone: a 390 x 265 px map some 80 degrees across, the Pacific off its
		// east edge. North Korea's callout is out of view and South Korea's lies across a quarter
		// of the map, by the Tropic.
		const view = worldView(1.75, [104.35, 38.8], 390, 265, 8, 13);
		const china = { callout: calloutFor('CHN'), labelPoint: pointOf('CHN'), name: 'China' };
		const placements = placeNames([...requests(), china], view);
		expectWellPlaced(placements.slice(0, 3), view);
		const screen = placements.map((placement, i) => {
			const { x, y } = view.project(placement.at);
			const { width, height } = view.measure(placement.name);
			const left = { left: x, centre: x - width / 2, right: x - width }[placement.align];
			const box = nameBox(left, y, width, height);
			const point = view.project(pointOf(i < 3 ? CALLOUTS[i]!.iso3 : 'CHN'));
			// How far the name's nearest edge lies from its country's point.
			const dx = Math.max(box.left - point.x, 0, point.x - box.right);
			const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
			return { box, reach: Math.hypot(dx, dy) };
		});
		screen.slice(0, 3).forEach(({ box, reach }, i) => {
			const iso3 = CALLOUTS[i]!.iso3;
			// Within a fifth of the map's height and width of the country, as a reader looks for it.
			expect(reach, iso3).toBeLessThanOrEqual(70);
			expect(overlaps(box, screen[3]!.box), `${iso3} and China`).toBe(false);
		});
		// North Korea's name above South Korea's, as the countries lie.
		expect(screen[0]!.box.top).toBeLessThan(screen[2]!.box.top);
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

	it('names the United Kingdom on the Commission’s map at 1024x768, short where the full name finds no sea', () => {
		// The forums layer's live map as a 1024x768 laptop shows it, in the map's 0.8rem bold type.
		// The layer control and the legend cover its top left and bottom right.
		const view = {
			...worldView(0.42, [152.4, 7.1], 672, 513, 7.5, 16),
			covered: [
				{ left: 8, top: 8, right: 615, bottom: 72 },
				{ left: 328, top: 405, right: 664, bottom: 505 }
			]
		};
		const visited: Record<string, string> = {
			...NAMES,
			USA: 'United States',
			GBR: 'United Kingdom',
			THA: 'Thailand'
		};
		const placements = placeNames(
			Object.entries(visited).map(([iso3, name]) => ({
				callout: calloutFor(iso3),
				labelPoint: pointOf(iso3),
				name
			})),
			view
		);
		const uk = placements[Object.keys(visited).indexOf('GBR')]!;
		expect(uk.mode).not.toBe('hidden');
		expect(['United Kingdom', 'UK']).toContain(uk.name);
	});
});
