import { describe, expect, it } from 'vitest';
import { addMapLibreStyles, MAPLIBRE_STYLE_ID, type StyleHost } from './stylesheet';

/** A head that keeps what is appended, found by id as a document would. */
function fakeDocument() {
	const appended: { id: string; textContent: string | null }[] = [];
	const host: StyleHost = {
		getElementById: (id) => appended.find((node) => node.id === id) ?? null,
		createElement: () => ({ id: '', textContent: null }),
		head: { append: (node) => appended.push(node as (typeof appended)[number]) }
	};
	return { host, appended };
}

describe('addMapLibreStyles', () => {
	it('adds the styles once, however often the live map starts', () => {
		const { host, appended } = fakeDocument();
		addMapLibreStyles('.maplibregl-map{overflow:hidden}', host);
		addMapLibreStyles('.maplibregl-map{overflow:hidden}', host);
		expect(appended).toEqual([
			{ id: MAPLIBRE_STYLE_ID, textContent: '.maplibregl-map{overflow:hidden}' }
		]);
	});
});
