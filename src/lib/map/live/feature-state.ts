/**
 * Hover and selection as MapLibre feature-state: a typed key for what is marked, and a marker
 * that keeps one feature at a time flagged, clearing the previous one.
 */
import type { Hit } from './pick';

export type FeatureKey = { kind: 'country'; iso3: string } | { kind: 'link'; id: string };

export const countryKey = (iso3: string): FeatureKey => ({ kind: 'country', iso3 });

/** The feature a hit marks: a line, or a country with a code (Kosovo has none to mark). */
export function keyOfHit(hit: Hit | null): FeatureKey | null {
	if (!hit) return null;
	if (hit.type === 'link') return { kind: 'link', id: hit.id };
	return hit.iso3 ? countryKey(hit.iso3) : null;
}

export function sameKey(a: FeatureKey | null, b: FeatureKey | null): boolean {
	if (a === null || b === null) return a === b;
	if (a.kind === 'link') return b.kind === 'link' && a.id === b.id;
	return b.kind === 'country' && a.iso3 === b.iso3;
}

/** The sources a key's feature-state lives in: a country is both its shape and its dot. */
export interface FeatureSources {
	countries: readonly string[];
	links: string;
}

/** The part of a MapLibre map that marking needs. */
export interface FeatureStateMap {
	setFeatureState(feature: { source: string; id: string }, state: Record<string, boolean>): void;
}

/**
 * Keeps `flag` (hover, selected) on one feature at a time. `mark(key)` clears the flag on the
 * feature marked before and sets it on `key`'s (none for null); marking the same key again
 * does nothing.
 */
export function featureMarker(map: FeatureStateMap, sources: FeatureSources, flag: string) {
	let marked: FeatureKey | null = null;
	const set = (key: FeatureKey, value: boolean) => {
		if (key.kind === 'link')
			map.setFeatureState({ source: sources.links, id: key.id }, { [flag]: value });
		else
			for (const source of sources.countries)
				map.setFeatureState({ source, id: key.iso3 }, { [flag]: value });
	};
	return {
		mark(key: FeatureKey | null) {
			if (sameKey(key, marked)) return;
			if (marked) set(marked, false);
			if (key) set(key, true);
			marked = key;
		},
		get marked() {
			return marked;
		}
	};
}
