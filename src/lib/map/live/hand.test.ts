import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LiveHand } from './hand.svelte';
import type { LayerLook } from '$lib/layers/looks';

function setUp() {
	const eased: unknown[] = [];
	let drawn = false;
	const fake = {
		getZoom: () => 2,
		unproject: ([x, y]: [number, number]) => `lnglat at ${x},${y}`,
		easeTo: (options: unknown) => eased.push(options)
	};
	const hand = new LiveHand({
		map: () => (drawn ? (fake as unknown as MapLibreMap) : undefined),
		names: () => new Map([['JPN', 'Japan']]),
		look: () => ({ colourOf: () => '#fff' }) as unknown as LayerLook,
		index: () => ({ places: new Map(), bounds: new Map() }),
		selected: () => null,
		describe: () => [],
		onmove: () => {},
		onselect: () => {},
		moveDuration: () => 300,
		locale: 'en'
	});
	return { hand, eased, draw: () => (drawn = true) };
}

describe("the hand's reach for the live map", () => {
	it('replays a wheel turn made while the map started, once, about the pointer', () => {
		const { hand, eased, draw } = setUp();
		hand.reached({ type: 'wheel', deltaY: -100, clientX: 110, clientY: 70 }, { left: 10, top: 20 });
		hand.replay();
		expect(eased).toEqual([]);
		draw();
		hand.replay();
		hand.replay();
		expect(eased).toHaveLength(1);
		const [options] = eased as { zoom: number; around: string; duration: number }[];
		// MapLibre's wheel: a notch of 100 zooms in by about half a level.
		expect(options!.zoom).toBeCloseTo(2.548, 3);
		expect(options!.around).toBe('lnglat at 100,50');
		expect(options!.duration).toBe(300);
	});

	it('keeps nothing to replay once the map has drawn (its own wheel answers)', () => {
		const { hand, eased, draw } = setUp();
		draw();
		hand.reached({ type: 'wheel', deltaY: -100, clientX: 0, clientY: 0 }, { left: 0, top: 0 });
		hand.replay();
		expect(eased).toEqual([]);
	});
});
