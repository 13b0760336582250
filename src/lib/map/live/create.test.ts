import { describe, expect, it } from 'vitest';
import { dataset, summaries } from '$lib/data/dataset';
import { linksOf } from '$lib/data/engagement';
import { abductionLook } from '$lib/layers/looks';
import { mapOptions, showLinks, showLook, type RestylableMap } from './create';
import { countryFrame, selectionCamera, WORLD_FRAME, type Frame } from '../camera/frame';
import {
	hatchFilter,
	hatchPattern,
	LAYER,
	LINK_LAYERS,
	LINKS_SOURCE,
	smallCountriesFilter
} from './style';

describe('mapOptions', () => {
	it('starts on the page’s frame, or the world, flat and with our own keys', () => {
		const asia: Frame = [
			[90, -10],
			[150, 50]
		];
		expect(mapOptions(selectionCamera(undefined, asia)).bounds).toBe(asia);
		expect(mapOptions(selectionCamera(undefined, null))).toMatchObject({
			bounds: WORLD_FRAME,
			fitBoundsOptions: { padding: 0 },
			renderWorldCopies: true,
			cooperativeGestures: false,
			dragRotate: false,
			keyboard: false
		});
		expect(mapOptions(selectionCamera(undefined, null), true).cooperativeGestures).toBe(true);
	});

	it('starts on a selected country as the static world shows it: its frame, padding and zoom limit', () => {
		const korea: [number, number, number, number] = [126, 33, 130, 39];
		expect(mapOptions(selectionCamera(korea, null))).toMatchObject({
			bounds: countryFrame(korea),
			fitBoundsOptions: { padding: 30, maxZoom: 5 }
		});
	});
});

/** Records what a layer change asks of the map. */
function recordingMap() {
	const calls: unknown[][] = [];
	const data: unknown[] = [];
	const map: RestylableMap = {
		setPaintProperty: (...args) => calls.push(['paint', ...args]),
		setFilter: (...args) => calls.push(['filter', ...args]),
		setLayoutProperty: (...args) => calls.push(['layout', ...args]),
		getSource: (id: string) =>
			id === LINKS_SOURCE ? { setData: (d: unknown) => data.push(d) } : undefined
	};
	return { map, calls, data };
}

it('showLook repaints the fill and the dots, refilters the hatch and the dots, and picks each hatch', () => {
	const look = abductionLook(summaries.values());
	const { map, calls } = recordingMap();
	const codes = [...summaries.keys()];
	showLook(map, look, codes);
	expect(calls).toEqual([
		['paint', LAYER.fill, 'fill-color', look.fill],
		['paint', LAYER.small, 'circle-color', look.fill],
		['filter', LAYER.hatch, hatchFilter(look)],
		['paint', LAYER.hatch, 'fill-pattern', hatchPattern(look)],
		['filter', LAYER.small, smallCountriesFilter(look, codes)]
	]);
	// China's second-hand tier has the crossed hatch; the others the plain one.
	expect(look.crossHatched).toEqual(['CHN']);
	expect(hatchPattern(look)).toEqual([
		'case',
		['in', ['get', 'iso3'], ['literal', ['CHN']]],
		'hatch-cross',
		'hatch'
	]);
});

describe('showLinks', () => {
	const links = linksOf(dataset.events);
	const places = new Map<string, [number, number]>(
		dataset.countries.map((c, i) => [c.iso3, [i, i]])
	);
	it('sets the lines and shows their layers', () => {
		const { map, calls, data } = recordingMap();
		showLinks(map, links, places, (iso3) => iso3);
		expect((data[0] as GeoJSON.FeatureCollection).features.length).toBe(links.length);
		expect(calls).toEqual(LINK_LAYERS.map((id) => ['layout', id, 'visibility', 'visible']));
	});
	it('empties and hides them when the layer has none', () => {
		const { map, calls, data } = recordingMap();
		showLinks(map, null, places, (iso3) => iso3);
		expect((data[0] as GeoJSON.FeatureCollection).features).toEqual([]);
		expect(calls).toEqual(LINK_LAYERS.map((id) => ['layout', id, 'visibility', 'none']));
	});
});
