import { describe, expect, it } from 'vitest';
import {
	LINE_HIT_RADIUS,
	openedBy,
	linkDetail,
	nearestWithin,
	pickAt,
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
		lines?: { id: string; label: string; detail: unknown; near: [number, number] }[];
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
					return (world.lines ?? [])
						.filter((l) => inBox(l.near, box))
						.map((l) => ({
							properties: { id: l.id, label: l.label, detail: l.detail },
							geometry: { type: 'LineString' }
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
			lines: [{ id: 'JPN-LBN', label: 'Japan – Lebanon', detail: '[]', near: [99, 100] }],
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
					near: [100, 100 + LINE_HIT_RADIUS]
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
			x: 100,
			y: 100
		});
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

it('openedBy opens a dataset country, not a line, the sea or a country outside the data', () => {
	const codes = new Set(['KOR']);
	const at = { x: 0, y: 0 };
	expect(openedBy({ type: 'country', iso3: 'KOR', name: 'South Korea', ...at }, codes)).toBe('KOR');
	expect(openedBy({ type: 'country', iso3: 'KAZ', name: 'Kazakhstan', ...at }, codes)).toBeNull();
	expect(openedBy({ type: 'link', id: 'a', title: 't', lines: [], ...at }, codes)).toBeNull();
	expect(openedBy(null, codes)).toBeNull();
});
