import { describe, expect, it } from 'vitest';
import {
	fetchGeometry,
	fetchJson,
	fetchSvgWorld,
	fetchWorldMarkup,
	geometryUrls,
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

const EMPTY = { type: 'FeatureCollection', features: [] };

describe('loading the maps’ files', () => {
	it('finds the geometry under the base path', () => {
		expect(geometryUrls('/abductions')).toEqual({
			countries: '/abductions/geo/countries.json',
			points: '/abductions/geo/points.json'
		});
	});

	it('reads both geometry files', async () => {
		const { fetcher, asked } = fakeFetch({
			'/geo/countries.json': EMPTY,
			'/geo/points.json': { ...EMPTY, note: 'points' }
		});
		const geometry = await fetchGeometry('', fetcher);
		expect(asked.sort()).toEqual(['/geo/countries.json', '/geo/points.json']);
		expect(geometry.countries).toEqual(EMPTY);
		expect(geometry.points).toMatchObject({ note: 'points' });
	});

	it('fails saying what did not load, with the status', async () => {
		const { fetcher } = fakeFetch({ '/geo/countries.json': EMPTY });
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

it('fetchWorldMarkup reads the SVG world under the base path, and says the status when it fails', async () => {
	const fetcher = (async (url: string) =>
		url === '/abductions/geo/world-map.svg'
			? new Response('<svg class="static-map"></svg>', { status: 200 })
			: new Response('Not found', { status: 404 })) as typeof fetch;
	expect(await fetchWorldMarkup('/abductions', fetcher)).toBe('<svg class="static-map"></svg>');
	await expect(fetchWorldMarkup('', fetcher)).rejects.toThrow('404');
});
