import { describe, expect, it } from 'vitest';
import { KeyboardWalk, type WalkableMap } from './walk.svelte';

const PLACES: Record<string, [number, number]> = { USA: [-100, 40], LBN: [36, 34], JPN: [138, 36] };
const press = (key: string) => ({ key, altKey: false, ctrlKey: false, metaKey: false });

function setUp(options: { selected?: string | null; ready?: boolean; width?: number } = {}) {
	const log: string[] = [];
	const map: WalkableMap = {
		// A flat world: one pixel a degree, from 180°W.
		project: ([lng, lat]) => ({ x: lng + 180, y: 90 - lat }),
		panTo: (place) => log.push(`pan ${place.join(',')}`),
		zoomIn: () => log.push('zoom in'),
		zoomOut: () => log.push('zoom out'),
		getContainer: () => ({ clientWidth: options.width ?? 360, clientHeight: 180 })
	};
	const walk = new KeyboardWalk({
		map: () => (options.ready === false ? undefined : map),
		order: () => ['USA', 'LBN', 'JPN'],
		place: (iso3) => PLACES[iso3],
		selected: () => options.selected ?? null,
		name: (iso3) => `Name of ${iso3}`,
		describe: (iso3) => [`about ${iso3}`],
		onmove: (iso3) => log.push(`hover ${iso3}`),
		onselect: (iso3) => log.push(`open ${iso3}`),
		panDuration: () => 0
	});
	return { walk, log };
}

describe('the keyboard walk', () => {
	it('walks west to east and back, wrapping, and says where it is', () => {
		const { walk, log } = setUp();
		expect(walk.key(press('ArrowRight'))).toBe(true);
		expect(walk.cursor).toBe('USA');
		expect(walk.announcement).toBe('Name of USA: about USA. Enter opens it.');
		walk.key(press('ArrowDown'));
		expect(walk.cursor).toBe('LBN');
		walk.key(press('ArrowLeft'));
		walk.key(press('ArrowUp'));
		expect(walk.cursor).toBe('JPN');
		expect(log).toEqual(['hover USA', 'hover LBN', 'hover USA', 'hover JPN']);
	});

	it('starts from the selected country', () => {
		const { walk } = setUp({ selected: 'LBN' });
		walk.key(press('ArrowRight'));
		expect(walk.cursor).toBe('JPN');
	});

	it('pans only to a country off screen', () => {
		const { walk, log } = setUp({ width: 200 });
		walk.key(press('ArrowRight')); // USA, x = 80
		walk.key(press('ArrowRight')); // Lebanon, x = 216: beyond 200
		expect(log).toEqual(['hover USA', 'hover LBN', 'pan 36,34']);
	});

	it('opens the country it is on with Enter, and nothing before it has moved', () => {
		const { walk, log } = setUp();
		expect(walk.key(press('Enter'))).toBe(true);
		expect(log).toEqual([]);
		walk.key(press('ArrowRight'));
		walk.key(press('Enter'));
		expect(log.at(-1)).toBe('open USA');
	});

	it('zooms with plus, equals and minus', () => {
		const { walk, log } = setUp();
		for (const key of ['+', '=', '-']) walk.key(press(key));
		expect(log).toEqual(['zoom in', 'zoom in', 'zoom out']);
	});

	it('takes no keys before the map is ready, nor keys that are not the map’s', () => {
		expect(setUp({ ready: false }).walk.key(press('ArrowRight'))).toBe(false);
		const { walk } = setUp();
		expect(walk.key(press('PageDown'))).toBe(false);
		expect(walk.key({ ...press('ArrowRight'), ctrlKey: true })).toBe(false);
		expect(walk.cursor).toBeNull();
	});

	it('lets go when the focus leaves', () => {
		const { walk } = setUp();
		walk.key(press('ArrowRight'));
		walk.leave();
		expect(walk.cursor).toBeNull();
	});
});
