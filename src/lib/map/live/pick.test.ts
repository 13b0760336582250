import { describe, expect, it } from 'vitest';
import {
	LINE_HIT_RADIUS,
	LINE_ON_LAND_RADIUS,
	LINE_TIE,
	lineDistance,
	linkDetail,
	nearestWithin,
	pickAt,
	screenLength,
	SMALL_HIT_RADIUS,
	type PickableMap
} from './pick';

it('picks the nearest candidate inside the radius, and none outside it', () => {
	const candidates = [
		{ iso3: 'LBN', x: 10, y: 10 },
		{ iso3: 'CYP', x: 4, y: 8 },
		{ iso3: 'SGP', x: 100, y: 100 }
	];
	expect(nearestWithin(candidates, { x: 9, y: 11 }, 12)?.iso3).toBe('LBN');
	expect(nearestWithin(candidates, { x: 5, y: 8 }, 12)?.iso3).toBe('CYP');
	expect(nearestWithin(candidates, { x: 60, y: 60 }, 12)).toBeUndefined();
	expect(nearestWithin([], { x: 0, y: 0 }, 12)).toBeUndefined();
});

it('reads a line’s detail as MapLibre hands it back, array or JSON text', () => {
	expect(linkDetail(['a', 'b'])).toEqual(['a', 'b']);
	expect(linkDetail('["Summit, May 2018"]')).toEqual(['Summit, May 2018']);
});

describe('pickAt', () => {
	const LAYERS = { dots: ['dots'], lines: ['lines'], fills: ['fills'] };
	type Box = [[number, number], [number, number]];
	/** A flat world where a lng/lat is its own pixel, holding whichever features a test gives it. */
	function fakeMap(world: {
		dots?: { iso3: string; name: string; at: [number, number] }[];
		/** Each as the polyline it is drawn along, in the flat world's pixels. */
		lines?: { id: string; label: string; detail: unknown; along: [number, number][] }[];
		fills?: { iso3?: string; name: string; box: Box }[];
	}): PickableMap & { asked: string[] } {
		const asked: string[] = [];
		const inBox = ([x, y]: [number, number], [[x0, y0], [x1, y1]]: Box) =>
			x >= x0 && x <= x1 && y >= y0 && y <= y1;
		return {
			asked,
			project: ([x, y]) => ({ x, y }),
			queryRenderedFeatures(where, { layers }) {
				const layer = layers[0]!;
				asked.push(layer);
				const box: Box =
					typeof where[0] === 'number'
						? [where as [number, number], where as [number, number]]
						: (where as Box);
				if (layer === 'dots')
					return (world.dots ?? [])
						.filter((d) => inBox(d.at, box))
						.map((d) => ({
							properties: { iso3: d.iso3, name: d.name },
							geometry: { type: 'Point', coordinates: d.at }
						}));
				if (layer === 'lines')
					// As MapLibre does, in the order the lines are drawn: not nearest first.
					return (world.lines ?? [])
						.filter((l) => l.along.some((at) => inBox(at, box)))
						.map((l) => ({
							properties: { id: l.id, label: l.label, detail: l.detail },
							geometry: { type: 'LineString', coordinates: l.along }
						}));
				return (world.fills ?? [])
					.filter((f) => inBox(box[0], f.box))
					.map((f) => ({
						properties: { iso3: f.iso3, name: f.name },
						geometry: { type: 'Polygon' }
					}));
			}
		};
	}

	it('takes a small country’s dot first, the nearest one within its radius', () => {
		const map = fakeMap({
			dots: [
				{ iso3: 'LBN', name: 'Lebanon', at: [100, 100] },
				{ iso3: 'CYP', name: 'Cyprus', at: [92, 100] }
			],
			lines: [
				{
					id: 'JPN-LBN',
					label: 'Japan – Lebanon',
					detail: '[]',
					along: [
						[99, 100],
						[0, 100]
					]
				}
			],
			fills: [
				{
					iso3: 'SYR',
					name: 'Syria',
					box: [
						[90, 90],
						[110, 110]
					]
				}
			]
		});
		expect(pickAt(map, { x: 98, y: 101 }, LAYERS)).toEqual({
			type: 'country',
			iso3: 'LBN',
			name: 'Lebanon',
			x: 98,
			y: 101
		});
		expect(pickAt(map, { x: 94, y: 100 }, LAYERS)).toMatchObject({ iso3: 'CYP' });
		expect(map.asked.slice(0, 1)).toEqual(['dots']);
	});

	it('then a line near the pointer, with its detail', () => {
		const map = fakeMap({
			dots: [{ iso3: 'LBN', name: 'Lebanon', at: [100 + SMALL_HIT_RADIUS + 5, 100] }],
			lines: [
				{
					id: 'JPN-RUS',
					label: 'Japan – Russia',
					detail: '["Summit, 2018"]',
					along: [
						[0, 100 + LINE_ON_LAND_RADIUS],
						[100, 100 + LINE_ON_LAND_RADIUS],
						[200, 100 + LINE_ON_LAND_RADIUS]
					]
				}
			],
			fills: [
				{
					iso3: 'RUS',
					name: 'Russia',
					box: [
						[0, 0],
						[200, 200]
					]
				}
			]
		});
		expect(pickAt(map, { x: 100, y: 100 }, LAYERS)).toEqual({
			type: 'link',
			id: 'JPN-RUS',
			title: 'Japan – Russia',
			lines: ['Summit, 2018'],
			also: [],
			x: 100,
			y: 100
		});
	});

	it('over a country, takes a line only where it is drawn, so the country stays in reach', () => {
		const line = {
			id: 'JPN-KOR',
			label: 'Japan → South Korea',
			detail: '[]',
			// A point every 2 px, as a tile hands a line back.
			along: Array.from({ length: 101 }, (_, i): [number, number] => [i * 2, 100])
		};
		const korea = {
			iso3: 'KOR',
			name: 'South Korea',
			box: [
				[90, 90],
				[110, 110]
			] as Box
		};
		const map = fakeMap({ lines: [line], fills: [korea] });
		// Over South Korea, 4 px from the line: the country, not the line.
		expect(pickAt(map, { x: 100, y: 104 }, LAYERS)).toMatchObject({ type: 'country', iso3: 'KOR' });
		expect(pickAt(map, { x: 100, y: 102 }, LAYERS)).toMatchObject({ type: 'link', id: 'JPN-KOR' });
		// Over the sea, the same 4 px still finds the line.
		expect(pickAt(map, { x: 150, y: 104 }, LAYERS)).toMatchObject({ type: 'link', id: 'JPN-KOR' });
		expect(LINE_ON_LAND_RADIUS).toBeLessThan(4);
		expect(LINE_HIT_RADIUS).toBeGreaterThanOrEqual(4);
	});

	/** A straight line from a to b, drawn with a point every pixel or so, as a tile hands it back. */
	const straight = (a: [number, number], b: [number, number]): [number, number][] =>
		Array.from({ length: 41 }, (_, i) => [
			a[0] + ((b[0] - a[0]) * i) / 40,
			a[1] + ((b[1] - a[1]) * i) / 40
		]);
	const line = (id: string, along: [number, number][]) => ({ id, label: id, detail: '[]', along });

	it('takes the line nearest the pointer, whichever the map hands back first', () => {
		const map = fakeMap({
			lines: [
				line('far', straight([0, 104], [200, 104])),
				line('near', straight([0, 101], [200, 101]))
			]
		});
		expect(pickAt(map, { x: 100, y: 100.5 }, LAYERS)).toMatchObject({ id: 'near', also: [] });
		expect(pickAt(map, { x: 100, y: 104.5 }, LAYERS)).toMatchObject({ id: 'far', also: [] });
	});

	it('of lines lying together, takes the shortest on screen and names the others', () => {
		// Japan to China passes over Japan to South Korea, which is short at world scale.
		const lengths: Record<string, number> = { 'JPN-CHN': 81, 'JPN-KOR': 22, 'JPN-RUS': 156 };
		const map = fakeMap({
			lines: [
				line('JPN-RUS', straight([100, 100], [0, 0])),
				line('JPN-CHN', straight([100, 100], [20, 100])),
				line('JPN-KOR', straight([100, 101], [78, 101]))
			]
		});
		const hit = pickAt(map, { x: 90, y: 100.5 }, LAYERS, (id) => lengths[id]!);
		expect(hit).toMatchObject({ id: 'JPN-KOR', also: ['JPN-CHN'] });
		// Further along, past the short line's end, the longer one alone.
		expect(pickAt(map, { x: 60, y: 100 }, LAYERS, (id) => lengths[id]!)).toMatchObject({
			id: 'JPN-CHN',
			also: []
		});
		// A line more than LINE_TIE further than the nearest is neither taken nor named.
		const apart = fakeMap({
			lines: [
				line('long', straight([0, 100], [200, 100])),
				line('short', straight([0, 104], [90, 104]))
			]
		});
		const length = (id: string) => (id === 'short' ? 90 : 200);
		expect(
			pickAt(apart, { x: 50, y: 100 + (4 - LINE_TIE) / 2 - 0.5 }, LAYERS, length)
		).toMatchObject({
			id: 'long',
			also: []
		});
		expect(
			pickAt(apart, { x: 50, y: 100 + (4 - LINE_TIE) / 2 + 0.5 }, LAYERS, length)
		).toMatchObject({
			id: 'short',
			also: ['long']
		});
	});

	it('measures a tile’s piece of a line on the copy of the world nearest the pointer', () => {
		const flat = { project: ([x, y]: [number, number]) => ({ x, y }) };
		// A piece crossing the antimeridian, handed back as 170 then -170: one line through 180.
		const crossing = {
			type: 'LineString',
			coordinates: [
				[170, 0],
				[-170, 0]
			]
		};
		expect(lineDistance(flat, crossing, { x: 185, y: 0 })).toBe(0);
		// A piece wholly past 180, handed back in western longitudes.
		const east = {
			type: 'MultiLineString',
			coordinates: [
				[
					[-175, 3],
					[-165, 3]
				]
			]
		};
		expect(lineDistance(flat, east, { x: 190, y: 0 })).toBe(3);
		expect(lineDistance(flat, { type: 'LineString', coordinates: [] }, { x: 0, y: 0 })).toBe(
			Infinity
		);
	});

	it('measures a line end to end the way it is drawn, across the antimeridian', () => {
		const flat = { project: ([x, y]: [number, number]) => ({ x, y }) };
		// Japan to the United States is drawn east over the Pacific, not west across Eurasia.
		expect(screenLength(flat, [140, 36], [-100, 41])).toBeCloseTo(Math.hypot(120, 5));
		expect(screenLength(flat, [140, 36], undefined)).toBe(Infinity);
	});

	it('then the country under the pointer, code or not; nothing over the sea', () => {
		const map = fakeMap({
			fills: [
				{
					iso3: 'RUS',
					name: 'Russia',
					box: [
						[0, 0],
						[50, 50]
					]
				},
				{
					name: 'Kosovo',
					box: [
						[60, 0],
						[70, 10]
					]
				}
			]
		});
		expect(pickAt(map, { x: 10, y: 10 }, LAYERS)).toMatchObject({ type: 'country', iso3: 'RUS' });
		expect(pickAt(map, { x: 65, y: 5 }, LAYERS)).toMatchObject({
			type: 'country',
			iso3: '',
			name: 'Kosovo'
		});
		expect(pickAt(map, { x: 300, y: 300 }, LAYERS)).toBeNull();
	});
});
