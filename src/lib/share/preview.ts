/**
 * The link-preview tags (Open Graph and Twitter's card) for a page: its title and description,
 * and its picture (drawn at build time under /og/): the home page's, a layer's or a country's;
 * every other page shows the home picture. Absolute addresses need the site's public address,
 * a build setting (PUBLIC_SITE_URL); without it the tags carry the paths alone.
 */
import { LAYERS, DEFAULT_VIEW } from '$lib/state/view';
import { readAddress } from '$lib/address';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';

export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;

export interface MetaTag {
	/** Open Graph tags use `property`, Twitter's use `name`. */
	attribute: 'property' | 'name';
	key: string;
	content: string;
}

export interface PreviewPage {
	/** The path inside the site, without base path or language prefix: `/country/kor`. */
	path: string;
	/** The explorer's layer, when the address names one (only known in the browser). */
	layer?: string | null;
	/** The country's name, for a country page of the dataset. */
	countryName?: string;
}

/** The picture's path (inside the site) for a page. */
export function previewImagePath(page: PreviewPage): string {
	const { country, embed } = readAddress(page.path);
	if (country && !embed && page.countryName) return `/og/country/${country.toLowerCase()}.png`;
	const explorer = page.path === '/';
	if (explorer && page.layer && page.layer !== DEFAULT_VIEW.layer) {
		if ((LAYERS as readonly string[]).includes(page.layer)) return `/og/layer/${page.layer}.png`;
	}
	return '/og/home.png';
}

export function previewTags(
	page: PreviewPage,
	where: { site: string; base: string; fullPath: string; locale?: Locale }
): MetaTag[] {
	const PREVIEW_WORDS = messagesFor(where.locale ?? 'en').preview;
	const title = page.countryName
		? PREVIEW_WORDS.countryTitle(page.countryName)
		: PREVIEW_WORDS.homeTitle;
	const description = page.countryName
		? PREVIEW_WORDS.countryDescription(page.countryName)
		: PREVIEW_WORDS.homeDescription;
	const site = where.site.replace(/\/+$/, '');
	const image = `${site}${where.base}${previewImagePath(page)}`;
	const og = (key: string, content: string): MetaTag => ({
		attribute: 'property',
		key: `og:${key}`,
		content
	});
	const twitter = (key: string, content: string): MetaTag => ({
		attribute: 'name',
		key: `twitter:${key}`,
		content
	});
	return [
		og('type', 'website'),
		og('site_name', PREVIEW_WORDS.homeTitle),
		og('title', title),
		og('description', description),
		og('image', image),
		og('image:type', 'image/png'),
		og('image:width', String(PREVIEW_IMAGE.width)),
		og('image:height', String(PREVIEW_IMAGE.height)),
		og('image:alt', PREVIEW_WORDS.imageAlt(title)),
		...(site ? [og('url', `${site}${where.fullPath}`)] : []),
		twitter('card', 'summary_large_image'),
		twitter('title', title),
		twitter('description', description),
		twitter('image', image)
	];
}
