import { describe, expect, it } from 'vitest';
import { dataset, summaries } from '$lib/data/dataset';
import { linksOf } from '$lib/data/engagement';
import { abductionLook, forumLook } from '$lib/layers/looks';
import { statusColour } from '$lib/layers/palette';
import { forumCoverage } from '$lib/data/engagement';
import { mapOptions, showLinks, showLook, type RestylableMap } from './create';
import { countryFrame, selectionCamera, WORLD_FRAME, type Frame } from '../camera/frame';
import { COUNTRIES_SOURCE, LINK_LAYERS, LINKS_SOURCE, POINTS_SOURCE } from './ids';

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

/** Records what a layer change asks of the map, and the feature-state it leaves. */
function recordingMap() {
	const calls: unknown[][] = [];
	const data: unknown[] = [];
	const states = new Map<string, Record<string, unknown>>();
	const map: RestylableMap = {
		setFeatureState: ({ source, id }, state) =>
			states.set(`${source}/${id}`, { ...states.get(`${source}/${id}`), ...state }),
		setPaintProperty: (...args) => calls.push(['paint', ...args]),
		getSource: (id: string) =>
			id === LINKS_SOURCE ? { setData: (d: unknown) => data.push(d) } : undefined
	};
	return { map, calls, data, states };
}

describe('showLook', () => {
	const abductions = abductionLook(summaries.values());
	const eu = forumLook(forumCoverage(dataset, 'eu', dataset.events)!);
	// Brazil is drawn but not in the dataset.
	const codes = [...summaries.keys(), 'BRA'];

	it('sets each country’s colour, hatch and dot, and asks nothing of the style', () => {
		const { map, calls, states } = recordingMap();
		showLook(map, abductions, codes, false);
		// Only the lines and their heads are shown or hidden, by their opacity.
		expect(calls.filter((call) => !/^(line|icon)-opacity$/.test(String(call[2])))).toEqual([]);
		expect(states.get(`${COUNTRIES_SOURCE}/KOR`)).toEqual({
			fill: statusColour('confirmed'),
			hatch: 'none'
		});
		// Lebanon is "possible": hatched; China's second-hand tier has the crossed hatch.
		expect(states.get(`${COUNTRIES_SOURCE}/LBN`)?.hatch).toBe('single');
		expect(states.get(`${COUNTRIES_SOURCE}/CHN`)?.hatch).toBe('cross');
		expect(states.get(`${POINTS_SOURCE}/LBN`)).toEqual({
			fill: statusColour('possible'),
			marked: true
		});
		// Luxembourg is in the data only as an EU member: the abductee layer gives it no dot.
		expect(states.get(`${POINTS_SOURCE}/LUX`)?.marked).toBe(false);
		expect(states.get(`${COUNTRIES_SOURCE}/BRA`)).toEqual({
			fill: statusColour('none'),
			hatch: 'none'
		});
	});

	it('undoes the last look on every country it does not colour', () => {
		const { map, states } = recordingMap();
		showLook(map, abductions, codes, false);
		showLook(map, eu, codes, false);
		expect(states.get(`${POINTS_SOURCE}/LUX`)?.marked).toBe(true);
		expect(states.get(`${COUNTRIES_SOURCE}/LBN`)?.hatch).toBe('none');
		expect(states.get(`${COUNTRIES_SOURCE}/CHN`)?.hatch).toBe('none');
		expect(states.get(`${COUNTRIES_SOURCE}/KOR`)?.fill).toBe(eu.colourOf('KOR'));
		expect(eu.colourOf('KOR')).not.toBe(abductions.colourOf('KOR'));
	});
});

describe('showLinks', () => {
	const links = linksOf(dataset.events);
	const places = new Map<string, [number, number]>(
		dataset.countries.map((c, i) => [c.iso3, [i, i]])
	);
	it('sets the lines, for the look to show', () => {
		const { map, calls, data } = recordingMap();
		showLinks(map, links, places, (iso3) => iso3);
		expect((data[0] as GeoJSON.FeatureCollection).features.length).toBe(links.length);
		expect(calls).toEqual([]);
	});
	it('leaves them to the look when the layer has none', () => {
		const { map, calls, data } = recordingMap();
		showLinks(map, null, places, (iso3) => iso3);
		expect(data).toEqual([]);
		expect(calls).toEqual([]);
	});
});

describe('showLook and the lines', () => {
	it('shows the lines with a look that has them, and hides and empties them with one that has not', () => {
		const look = abductionLook(summaries.values());
		const { map, calls, data } = recordingMap();
		showLook(map, look, ['JPN'], true);
		expect(calls).toEqual([
			...LINK_LAYERS.map((id) => ['paint', id, 'line-opacity', 1]),
			['paint', 'links-heads', 'icon-opacity', 1]
		]);
		expect(data).toEqual([]);
		calls.length = 0;
		showLook(map, look, ['JPN'], false);
		expect(calls).toEqual([
			...LINK_LAYERS.map((id) => ['paint', id, 'line-opacity', 0]),
			['paint', 'links-heads', 'icon-opacity', 0]
		]);
		expect((data[0] as GeoJSON.FeatureCollection).features).toEqual([]);
	});
});
