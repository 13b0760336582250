import { describe, expect, it } from 'vitest';
import { countryKey, featureMarker, keyOfHit, sameKey } from './feature-state';

describe('feature keys', () => {
	it('come from hits: a line by its id, a country by its code, Kosovo (no code) not at all', () => {
		expect(
			keyOfHit({ type: 'link', id: 'JPN-RUS', title: '', lines: [], also: [], x: 0, y: 0 })
		).toEqual({
			kind: 'link',
			id: 'JPN-RUS'
		});
		expect(keyOfHit({ type: 'country', iso3: 'KOR', name: '', x: 0, y: 0 })).toEqual(
			countryKey('KOR')
		);
		expect(keyOfHit({ type: 'country', iso3: '', name: 'Kosovo', x: 0, y: 0 })).toBeNull();
		expect(keyOfHit(null)).toBeNull();
	});

	it('compare by kind and id', () => {
		expect(sameKey(countryKey('KOR'), countryKey('KOR'))).toBe(true);
		expect(sameKey(countryKey('KOR'), countryKey('JPN'))).toBe(false);
		expect(sameKey(countryKey('KOR'), { kind: 'link', id: 'KOR' })).toBe(false);
		expect(sameKey({ kind: 'link', id: 'a' }, { kind: 'link', id: 'a' })).toBe(true);
		expect(sameKey(null, null)).toBe(true);
		expect(sameKey(null, countryKey('KOR'))).toBe(false);
	});
});

describe('featureMarker', () => {
	function recordingMap() {
		const calls: string[] = [];
		return {
			calls,
			setFeatureState: (f: { source: string; id: string }, state: Record<string, boolean>) =>
				calls.push(`${f.source}/${f.id} ${JSON.stringify(state)}`)
		};
	}
	const SOURCES = { countries: ['countries', 'points'], links: 'links' };

	it('marks a country in its shape and its dot, and clears it when the mark moves on', () => {
		const map = recordingMap();
		const hover = featureMarker(map, SOURCES, 'hover');
		hover.mark(countryKey('LBN'));
		expect(map.calls).toEqual(['countries/LBN {"hover":true}', 'points/LBN {"hover":true}']);
		map.calls.length = 0;
		hover.mark({ kind: 'link', id: 'JPN-RUS' });
		expect(map.calls).toEqual([
			'countries/LBN {"hover":false}',
			'points/LBN {"hover":false}',
			'links/JPN-RUS {"hover":true}'
		]);
		expect(hover.marked).toEqual({ kind: 'link', id: 'JPN-RUS' });
	});

	it('does nothing when the same feature is marked again, and clears on null', () => {
		const map = recordingMap();
		const selected = featureMarker(map, SOURCES, 'selected');
		selected.mark(countryKey('KOR'));
		map.calls.length = 0;
		selected.mark(countryKey('KOR'));
		expect(map.calls).toEqual([]);
		selected.mark(null);
		expect(map.calls).toEqual([
			'countries/KOR {"selected":false}',
			'points/KOR {"selected":false}'
		]);
		expect(selected.marked).toBeNull();
	});
});
