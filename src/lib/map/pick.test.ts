import { expect, it } from 'vitest';
import { nearestWithin } from './pick';

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
