import { describe, expect, it } from 'vitest';
import { canonicalUrl, previewImageHref, previewImagePath, previewTags } from './preview';

const content = (tags: ReturnType<typeof previewTags>, key: string) =>
	tags.find((t) => t.key === key)?.content;

describe('previewImagePath', () => {
	it("gives the home page, each layer and each country its own picture, other pages the home's", () => {
		expect(previewImagePath({ path: '/' })).toBe('/og/home.png');
		expect(previewImagePath({ path: '/', layer: 'engagement' })).toBe('/og/layer/engagement.png');
		expect(previewImagePath({ path: '/', layer: 'abductions' })).toBe('/og/home.png');
		expect(previewImagePath({ path: '/', layer: 'nonsense' })).toBe('/og/home.png');
		expect(previewImagePath({ path: '/country/kor', countryName: 'South Korea' })).toBe(
			'/og/country/kor.png'
		);
		expect(previewImagePath({ path: '/country/zzz' })).toBe('/og/home.png');
		expect(previewImagePath({ path: '/present/3' })).toBe('/og/home.png');
	});

	it('draws the Korean pages their own pictures, under /ko/', () => {
		expect(previewImageHref({ path: '/' }, 'ko', '')).toBe('/ko/og/home.png');
		expect(previewImageHref({ path: '/country/kor', countryName: '한국' }, 'ko', '/map')).toBe(
			'/map/ko/og/country/kor.png'
		);
	});
});

describe('previewTags', () => {
	it('makes absolute addresses when the site is known', () => {
		const tags = previewTags(
			{ path: '/country/kor', countryName: 'South Korea' },
			{ site: 'https://example.org/', base: '/map', fullPath: '/map/country/kor' }
		);
		expect(content(tags, 'og:image')).toBe('https://example.org/map/og/country/kor.png');
		expect(content(tags, 'og:url')).toBe('https://example.org/map/country/kor');
		expect(content(tags, 'og:title')).toContain('South Korea');
		expect(content(tags, 'og:image:width')).toBe('1200');
		expect(content(tags, 'og:image:height')).toBe('630');
		expect(tags.find((t) => t.key === 'twitter:card')).toEqual({
			attribute: 'name',
			key: 'twitter:card',
			content: 'summary_large_image'
		});
	});

	it('names the page’s language and its twins’ languages', () => {
		const tags = previewTags({ path: '/' }, { site: '', base: '', fullPath: '/ko', locale: 'ko' });
		expect(content(tags, 'og:locale')).toBe('ko_KR');
		expect(tags.filter((t) => t.key === 'og:locale:alternate').map((t) => t.content)).toEqual([
			'en_GB',
			'ja_JP'
		]);
		expect(content(tags, 'og:title')).toMatch(/북한의 납치/);
	});

	it('still works without the site: paths, and no og:url', () => {
		const tags = previewTags({ path: '/table' }, { site: '', base: '', fullPath: '/table' });
		expect(content(tags, 'og:image')).toBe('/og/home.png');
		expect(content(tags, 'og:url')).toBeUndefined();
		expect(content(tags, 'og:description')).toBeTruthy();
	});
});

describe('a layer page', () => {
	it('has its own title, description and picture, with absolute addresses', () => {
		const where = { site: 'https://example.org', base: '', fullPath: '/ja/layer/forums' };
		const tags = previewTags({ path: '/layer/forums' }, { ...where, locale: 'ja' });
		expect(content(tags, 'og:image')).toBe('https://example.org/ja/og/layer/forums.png');
		expect(content(tags, 'twitter:image')).toBe('https://example.org/ja/og/layer/forums.png');
		expect(content(tags, 'og:url')).toBe('https://example.org/ja/layer/forums');
		expect(content(tags, 'og:title')).toMatch(/^会議・枠組み｜北朝鮮による拉致/);
		const home = previewTags({ path: '/' }, { ...where, fullPath: '/' });
		const engagement = previewTags({ path: '/layer/engagement' }, where);
		expect(content(engagement, 'og:description')).not.toBe(content(home, 'og:description'));
		expect(content(engagement, 'og:title')).not.toBe(content(home, 'og:title'));
		expect(previewImagePath({ path: '/layer/nonsense' })).toBe('/og/home.png');
	});

	it('has a canonical address only when the site is known, without the query', () => {
		expect(canonicalUrl('https://example.org/', '/map/layer/forums')).toBe(
			'https://example.org/map/layer/forums'
		);
		expect(canonicalUrl('', '/layer/forums')).toBeNull();
	});
});

describe('a Japanese page’s preview', () => {
	it('points at the Japanese twin of its picture, under /ja/og/', () => {
		const where = { site: 'https://example.org', base: '/map', fullPath: '/map/ja/country/kor' };
		const tags = previewTags(
			{ path: '/country/kor', countryName: '韓国' },
			{ ...where, locale: 'ja' }
		);
		expect(content(tags, 'og:image')).toBe('https://example.org/map/ja/og/country/kor.png');
		expect(content(tags, 'twitter:image')).toBe('https://example.org/map/ja/og/country/kor.png');
		const english = previewTags({ path: '/' }, { ...where, fullPath: '/map/' });
		expect(content(english, 'og:image')).toBe('https://example.org/map/og/home.png');
	});
});
