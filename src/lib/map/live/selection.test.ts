import { expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { countryFrame, WORLD_FRAME, type Box, type Frame } from '../camera/frame';
import { fitShown, sameShown } from './selection';

const KOREA: Box = [126.1, 33.2, 129.6, 38.6];
const ASIA: Frame = [
	[90, -10],
	[150, 50]
];

function fakeMap() {
	const fits: unknown[][] = [];
	const map = { fitBounds: (...args: unknown[]) => fits.push(args) } as unknown as Pick<
		MapLibreMap,
		'fitBounds'
	>;
	return { map, fits };
}

it('fits the selected country with its neighbours, else the page’s frame, else the world', () => {
	const { map, fits } = fakeMap();
	const boxes = new Map([['KOR', KOREA]]);
	fitShown(map, { selected: 'KOR', frame: ASIA }, boxes, 700);
	fitShown(map, { selected: null, frame: ASIA }, boxes, 0);
	fitShown(map, { selected: null, frame: null }, boxes, 0);
	expect(fits[0]![0]).toEqual(countryFrame(KOREA));
	expect(fits[0]![1]).toMatchObject({ duration: 700, padding: 30, maxZoom: 5 });
	expect(fits[1]).toEqual([ASIA, { duration: 0 }]);
	expect(fits[2]).toEqual([WORLD_FRAME, { duration: 0 }]);
});

it('tells a changed selection or frame from the same one', () => {
	expect(sameShown({ selected: 'KOR', frame: ASIA }, { selected: 'KOR', frame: ASIA })).toBe(true);
	expect(sameShown({ selected: 'KOR', frame: ASIA }, { selected: 'JPN', frame: ASIA })).toBe(false);
	expect(sameShown({ selected: null, frame: ASIA }, { selected: null, frame: [...ASIA] })).toBe(
		false
	);
});
