import { describe, expect, it } from 'vitest';
import { CALLOUTS, MAX_LEADER, nameBox, overlaps, type Callout } from './callouts';
import { LEADER_OVER_NAMED, leaderOverLand } from './leaders';
import { EDGE_MARGIN, placeNames, type PlacementView } from './search';

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
		// At 10 px a degree the country's point is put 126 px from the callout (under MAX_LEADER).
		expect(one(prk, [143, 45], 'North Korea', view(1, 100))).toMatchObject({
			mode: 'out',
			at: prk.at,
			name: 'North Korea',
			leader: [[143, 45], prk.at]
		});
	});

	it('never draws a leader line longer than MAX_LEADER: the name goes closer in instead', () => {
		// From 127°E the callout at 155°E is some 290 px away at 10 px a degree.
		const placed = one(prk, [127, 40], 'North Korea', view(1, 100));
		expect(placed.mode).not.toBe('hidden');
		if (placed.leader) {
			const v = view(1, 100);
			const [a, b] = placed.leader.map((at) => v.project(at));
			expect(Math.hypot(b!.x - a!.x, b!.y - a!.y)).toBeLessThanOrEqual(MAX_LEADER);
		}
		expect(placed.at).not.toEqual(prk.at);
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
		// The country's point is put near enough the callout for a leader line (MAX_LEADER).
		const point: [number, number] = [145, 47];
		// "North Korea" (88 px) and "N. Korea" (64 px) both run past 160°E from 155°E: the full
		// name moves west on its row, its right end at the frame's edge.
		expect(one(prk, point, 'North Korea', narrow)).toMatchObject({
			mode: 'out',
			name: 'North Korea',
			at: [100 + (600 - EDGE_MARGIN - 88) / 10, prk.at[1]]
		});
		// With a longer name only the short one fits east of the land: it stays at the callout.
		const wider = { ...narrow, width: 660 };
		expect(one(prk, point, 'North Korea (DPRK)', wider)).toMatchObject({
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

	it('lets a name with no other place lead across a narrow neighbour, never a wide one', () => {
		// A strip of a country between land to the north and a neighbour to the south, the open
		// sea past that neighbour (North Korea, South Korea and the East China Sea on a phone).
		const strip = (neighbourSouth: number) =>
			view(4, 95, 800, 400, {
				RUS: [95, 38, 175, 60],
				XXX: [95, 36.5, 175, 38],
				KOR: [95, neighbourSouth, 175, 36.5]
			});
		const country = { iso3: 'XXX' };
		// 20 px of the neighbour to cross: more than a shore (LEADER_OVER_LAND) allows.
		const narrow = strip(34.5);
		const placed = one(country, [138, 37.25], 'Japan', narrow);
		expect(placed.mode).toBe('out');
		expect(placed.leader?.[0]).toEqual([138, 37.25]);
		const { x, y } = narrow.project(placed.at);
		const left = { left: x, centre: x - 20, right: x - 40 }[placed.align];
		// The name itself lies over open sea, past the neighbour.
		expect(narrow.countriesUnder(nameBox(left, y, 40, 16))).toEqual([]);
		// 35 px of it: the line would run across the neighbour, so the name is left out.
		expect(one(country, [138, 37.25], 'Japan', strip(33)).mode).toBe('hidden');
	});

	it("never leads one name across another named country, though a shore's width of land is fine", () => {
		// A strip of land 10 px wide between North Korea's point and its callout in the Pacific.
		const strip = view(1, 100, 800, 400, { JPN: [148, 30, 149, 55] });
		// Unnamed, the strip is only land to pass over: the name keeps its callout.
		expect(one(prk, [143, 45], 'North Korea', strip)).toMatchObject({ mode: 'out', at: prk.at });
		// Named (Japan's own name is on the map), a line across it would read as pointing at Japan.
		const [north, japan] = placeNames(
			[
				{ callout: prk, labelPoint: [143, 45], name: 'North Korea' },
				{ callout: jpn, labelPoint: [148.5, 36], name: 'Japan' }
			],
			strip
		);
		expect(north!.mode).not.toBe('hidden');
		expect(japan!.mode).not.toBe('hidden');
		if (north!.leader) {
			const [from, to] = north!.leader.map((at) => strip.project(at));
			expect(leaderOverLand([from!, to!], (c) => c === 'JPN', strip)).toBeLessThanOrEqual(
				LEADER_OVER_NAMED
			);
		}
	});

	it('keeps names and their leaders off what covers the map (a slide inset)', () => {
		// East Asia with Japan's name free to sit on Japan; then an inset laid over Japan's west
		// half and the sea south of it.
		const east = view(4, 95, 800, 400);
		const open = one(jpn, [138, 36], 'Japan', east);
		expect(open.mode).toBe('close');
		const inset = { left: 0, top: 200, right: 420, bottom: 400 };
		const covered = { ...east, covered: [inset] };
		const placed = one(jpn, [138, 36], 'Japan', covered);
		expect(placed.mode).not.toBe('hidden');
		const { x, y } = covered.project(placed.at);
		const left = { left: x, centre: x - 20, right: x - 40 }[placed.align];
		expect(overlaps(nameBox(left, y, 40, 16), inset)).toBe(false);
		// A country wholly under the inset is not named through it.
		expect(one(jpn, [110, 30], 'Japan', covered).mode).toBe('hidden');
	});

	it('puts a name on its country in a narrow view, however low the zoom (a phone)', () => {
		// 30 degrees across at zoom 3: the callout at 147°E is in view, yet Japan is what the view
		// is about, so its name goes on it.
		const phone = view(3, 125, 300, 400);
		expect(one(jpn, [138, 36], 'Japan', phone)).toMatchObject({ mode: 'close', at: [138, 36] });
		// The same zoom across 80 degrees still calls the name out.
		expect(one(jpn, [138, 36], 'Japan', view(3, 100, 800, 400)).mode).toBe('out');
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
