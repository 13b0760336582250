import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { FINE_ZOOM, needsFineDetail, sharpenWhenZoomed } from './detail';

const FINE = { type: 'FeatureCollection' as const, features: [] };

/** A map that zooms when told, with a countries source that records what it is given. */
function fakeMap(zoom: number) {
	const handlers = new Map<string, Set<() => void>>();
	const setData = vi.fn();
	const map = {
		zoom,
		getZoom: () => map.zoom,
		getSource: (id: string) => (id === 'countries' ? { setData } : undefined),
		on: (type: string, fn: () => void) =>
			handlers.set(type, (handlers.get(type) ?? new Set()).add(fn)),
		off: (type: string, fn: () => void) => handlers.get(type)?.delete(fn),
		once: (type: string, fn: () => void) => {
			const once = () => {
				handlers.get(type)?.delete(once);
				fn();
			};
			map.on(type, once);
		},
		fire: (type: string) => [...(handlers.get(type) ?? [])].forEach((fn) => fn())
	};
	return { map, setData, asMap: map as unknown as MapLibreMap };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sharp coasts when zoomed in', () => {
	it('needs the finer world from FINE_ZOOM on', () => {
		expect(needsFineDetail(FINE_ZOOM - 0.01)).toBe(false);
		expect(needsFineDetail(FINE_ZOOM)).toBe(true);
	});

	it('downloads nothing at world zoom, and swaps once when zoomed in', async () => {
		const { map, setData, asMap } = fakeMap(1.2);
		const load = vi.fn(async () => FINE);
		const sharp = vi.fn();
		sharpenWhenZoomed(asMap, load, sharp);
		map.fire('zoomend');
		expect(load).not.toHaveBeenCalled();
		map.zoom = 5;
		map.fire('zoomend');
		map.fire('zoomend');
		await settle();
		expect(load).toHaveBeenCalledTimes(1);
		expect(setData).toHaveBeenCalledWith(FINE);
		expect(sharp).not.toHaveBeenCalled();
		map.fire('idle');
		expect(sharp).toHaveBeenCalledTimes(1);
	});

	it('starts fine on a map that starts zoomed in, and tries again after a failed download', async () => {
		const { map, setData, asMap } = fakeMap(4);
		const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(FINE);
		sharpenWhenZoomed(asMap, load, () => {});
		await settle();
		expect(setData).not.toHaveBeenCalled();
		map.fire('zoomend');
		await settle();
		expect(setData).toHaveBeenCalledWith(FINE);
	});
});
