import { describe, expect, it } from 'vitest';
import { packWorld } from '$lib/geo/topology';
import type { WorldGeometry } from '$lib/geo/types';
import {
	fetchGeometry,
	fetchJson,
	fetchSvgWorld,
	fetchWorldMarkup,
	geometryUrl,
	keptUnlessFailed
} from './geometry';

/** A fetch that serves `files` by URL and answers 404 for anything else, recording what it was asked. */
function fakeFetch(files: Record<string, unknown>) {
	const asked: string[] = [];
	const fetcher = (async (url: string) => {
		asked.push(url);
		return url in files
			? new Response(JSON.stringify(files[url]), { status: 200 })
			: new Response('Not found', { status: 404 });
	}) as typeof fetch;
	return { fetcher, asked };
}

/** A world of one square country across 0°, and its point. */
const TINY_WORLD: WorldGeometry = {
	countries: {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { iso3: 'AAA', name: 'A' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[-1.5, 10],
							[2.25, 10],
							[2.25, 12.01],
							[-1.5, 10]
						]
					]
				}
			}
		]
	},
	points: {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { iso3: 'AAA', name: 'A', small: true, bbox: [-1.5, 10, 2.25, 12.01] },
				geometry: { type: 'Point', coordinates: [0.5, 11] }
			}
		]
	}
};

describe('loading the maps’ files', () => {
	it('finds the geometry under the base path', () => {
		expect(geometryUrl('/abductions')).toBe('/abductions/geo/world.json');
	});

	it('reads the one geometry file and unpacks its countries and points', async () => {
		const { fetcher, asked } = fakeFetch({ '/geo/world.json': packWorld(TINY_WORLD) });
		const geometry = await fetchGeometry('', fetcher);
		expect(asked).toEqual(['/geo/world.json']);
		expect(geometry).toEqual(TINY_WORLD);
	});

	it('fails saying what did not load, with the status', async () => {
		const { fetcher } = fakeFetch({ '/geo/countries.json': {} });
		await expect(fetchGeometry('', fetcher)).rejects.toThrow(
			"the map's geometry did not load (404)"
		);
		await expect(fetchJson('/x.json', 'the x', fetcher)).rejects.toThrow(
			'the x did not load (404)'
		);
		await expect(fetchSvgWorld('', fetcher)).rejects.toThrow('the static map did not load (404)');
	});

	it('reads the static map’s world', async () => {
		const world = { width: 960, height: 440, countries: [] };
		const { fetcher } = fakeFetch({ '/b/geo/world-svg.json': world });
		expect(await fetchSvgWorld('/b', fetcher)).toEqual(world);
	});
});

describe('keptUnlessFailed', () => {
	it('downloads once and shares the answer', async () => {
		let loads = 0;
		const geometry = keptUnlessFailed(async () => ++loads);
		expect(await geometry()).toBe(1);
		expect(await geometry()).toBe(1);
		expect(loads).toBe(1);
	});

	it('tries again after a failed download', async () => {
		let loads = 0;
		const geometry = keptUnlessFailed(async () => {
			loads += 1;
			if (loads === 1) throw new Error('offline');
			return loads;
		});
		await expect(geometry()).rejects.toThrow('offline');
		expect(await geometry()).toBe(2);
		expect(await geometry()).toBe(2);
	});
});

it('fetchWorldMarkup reads the SVG world in its language under the base path, and says the status when it fails', async () => {
	const worlds: Record<string, string> = {
		'/abductions/geo/world-map.svg': '<svg lang="en"></svg>',
		'/abductions/ko/geo/world-map.svg': '<svg lang="ko"></svg>'
	};
	const fetcher = (async (url: string) =>
		url in worlds
			? new Response(worlds[url], { status: 200 })
			: new Response('Not found', { status: 404 })) as typeof fetch;
	expect(await fetchWorldMarkup('/abductions', 'en', fetcher)).toBe('<svg lang="en"></svg>');
	expect(await fetchWorldMarkup('/abductions', 'ko', fetcher)).toBe('<svg lang="ko"></svg>');
	await expect(fetchWorldMarkup('', 'en', fetcher)).rejects.toThrow('404');
});
