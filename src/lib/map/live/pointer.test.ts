import { expect, it } from 'vitest';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Hit } from './pick';
import { openedBy, wirePointer } from './pointer';

/** A map that records its listeners, so the test can fire them. */
function fakeMap() {
	const listeners = new Map<string, (event?: unknown) => void>();
	const canvas = { style: { cursor: '' } };
	const map = {
		on: (type: string, listener: (event?: unknown) => void) => listeners.set(type, listener),
		getCanvas: () => canvas
	} as unknown as Pick<MapLibreMap, 'on' | 'getCanvas'>;
	const fire = (type: string, at?: string) =>
		listeners.get(type)!({ point: { x: 0, y: 0 }, at } as unknown as MapMouseEvent);
	return { map, canvas, fire };
}

const korea: Hit = { type: 'country', iso3: 'KOR', name: 'South Korea', x: 1, y: 2 };
const sea = null;

it('reports what is under the pointer, points a hand at what opens, and opens it on a click', () => {
	const { map, canvas, fire } = fakeMap();
	const hovers: (Hit | null | 'away')[] = [];
	const opened: string[] = [];
	wirePointer(map, {
		hitAt: (event) => ((event as unknown as { at?: string }).at === 'KOR' ? korea : sea),
		opens: (hit) => (hit?.type === 'country' ? hit.iso3 : null),
		onhover: (hit) => hovers.push(hit),
		onaway: () => hovers.push('away'),
		onselect: (iso3) => opened.push(iso3)
	});
	fire('mousemove', 'KOR');
	expect(canvas.style.cursor).toBe('pointer');
	fire('click', 'KOR');
	fire('mousemove');
	expect(canvas.style.cursor).toBe('');
	fire('click');
	expect(opened).toEqual(['KOR']);
	fire('mousemove', 'KOR');
	fire('movestart');
	fire('mousemove', 'KOR');
	fire('mouseout');
	expect(hovers).toEqual([korea, sea, korea, 'away', korea, 'away']);
});

it('openedBy opens a dataset country, not a line, the sea or a country outside the data', () => {
	const codes = new Set(['KOR']);
	const at = { x: 0, y: 0 };
	expect(openedBy({ type: 'country', iso3: 'KOR', name: 'South Korea', ...at }, codes)).toBe('KOR');
	expect(openedBy({ type: 'country', iso3: 'KAZ', name: 'Kazakhstan', ...at }, codes)).toBeNull();
	expect(
		openedBy({ type: 'link', id: 'a', title: 't', lines: [], also: [], ...at }, codes)
	).toBeNull();
	expect(openedBy(null, codes)).toBeNull();
});
