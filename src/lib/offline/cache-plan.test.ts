import { describe, expect, it } from 'vitest';
import { cacheName, pageKeys, precacheList, staleCaches } from './cache-plan';

describe('cache names', () => {
	it('one cache per build; only earlier builds of this dashboard are stale', () => {
		const names = [cacheName('100'), cacheName('200'), 'someone-elses-cache'];
		expect(staleCaches(names, '200')).toEqual([cacheName('100')]);
		expect(staleCaches(names, '300')).toEqual([cacheName('100'), cacheName('200')]);
		expect(cacheName('100')).not.toBe(cacheName('200'));
	});
});

describe('precacheList', () => {
	const site = (base: string) => ({
		base,
		build: [`${base}/_app/immutable/bundle.js`, `${base}/_app/immutable/bundle.css`],
		files: [`${base}/favicon.svg`, `${base}/_headers`],
		prerendered: [
			`${base}/`,
			`${base}/country/kor`,
			`${base}/present/3`,
			`${base}/present/3/__data.json`,
			`${base}/present/handout/3.svg`,
			`${base}/geo/world.json`,
			`${base}/data/countries.csv`,
			`${base}/embed`,
			`${base}/embed/country/kor`,
			`${base}/ja/embed/country/kor`,
			`${base}/ko/embed/country/kor`,
			`${base}/og/country/kor.png`,
			`${base}/ko/og/country/kor.png`,
			`${base}/ko/country/kor`
		]
	});

	for (const base of ['', '/abductions']) {
		it(`keeps pages, scripts, geometry, data and pictures, not embeds or previews (base "${base}")`, () => {
			const list = precacheList(site(base));
			// Country pages and steps, in every language, are drawn offline from the shell (404.html):
			// their data and pictures are kept, their HTML (a world each) is not.
			expect(list).toEqual([
				`${base}/_app/immutable/bundle.js`,
				`${base}/_app/immutable/bundle.css`,
				`${base}/favicon.svg`,
				`${base}/`,
				`${base}/present/3/__data.json`,
				`${base}/present/handout/3.svg`,
				`${base}/geo/world.json`,
				`${base}/data/countries.csv`,
				`${base}/404.html`
			]);
		});
	}

	it('lists each address once', () => {
		const list = precacheList({ base: '', build: ['/a.js', '/a.js'], files: [], prerendered: [] });
		expect(list).toEqual(['/a.js', '/404.html']);
	});
});

describe('pageKeys', () => {
	it('finds the root page with or without its slash under a base path', () => {
		expect(pageKeys('/abductions/', '/abductions')).toEqual(['/abductions/', '/abductions']);
		expect(pageKeys('/abductions', '/abductions')).toEqual(['/abductions', '/abductions/']);
		expect(pageKeys('/', '')).toEqual(['/']);
		expect(pageKeys('/country/lbn', '')).toEqual(['/country/lbn']);
	});
});
