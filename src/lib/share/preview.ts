/**
 * The link-preview tags (Open Graph and Twitter's card) for a page: its title and description,
 * and its picture (drawn at build time under /og/, and in Japanese under /ja/og/): the home
 * page's, a layer's or a country's;
 * every other page shows the home picture. Absolute addresses need the site's public address,
 * a build setting (PUBLIC_SITE_URL); without it the tags carry the paths alone.
 */
import { LAYERS, DEFAULT_VIEW, type Layer } from '$lib/state/view';
import { readAddress } from '$lib/address';
import { LOCALES, OPEN_GRAPH_LOCALES, type Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import { localHref } from '$lib/i18n/paths';

export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;

export interface MetaTag {
	/** Open Graph tags use `property`, Twitter's use `name`. */
	attribute: 'property' | 'name';
	key: string;
	content: string;
}

export interface PreviewPage {
	/** The path inside the site, without base path or language prefix: `/country/kor`, `/layer/forums`. */
	path: string;
	/** The explorer's layer, when the address names one (only known in the browser). */
	layer?: string | null;
	/** The country's name, for a country page of the dataset. */
	countryName?: string;
}

/** The layer a layer's own page shows (`/layer/forums`), or null for any other page. */
export function pathLayer(path: string): Layer | null {
	const layer = path.match(/^\/layer\/([a-z]+)$/)?.[1];
	return layer && (LAYERS as readonly string[]).includes(layer) ? (layer as Layer) : null;
}

/** The picture's path (inside the site) for a page. */
export function previewImagePath(page: PreviewPage): string {
	const { country, embed } = readAddress(page.path);
	if (country && !embed && page.countryName) return `/og/country/${country.toLowerCase()}.png`;
	const layer = pathLayer(page.path) ?? (page.path === '/' ? page.layer : null);
	if (layer && layer !== DEFAULT_VIEW.layer && (LAYERS as readonly string[]).includes(layer))
		return `/og/layer/${layer}.png`;
	return '/og/home.png';
}

/**
 * The picture's address for a page in a language, base path and all: a Japanese page's is the
 * Japanese twin under /ja/og/, drawn in its language.
 */
export function previewImageHref(page: PreviewPage, locale: Locale, base: string): string {
	return localHref(previewImagePath(page), locale, base);
}

/**
 * The page's one address for search engines and link previews (`<link rel="canonical">`, og:url):
 * the site's public address and the path, without the query. Null when the build was not told the
 * site's address: a path alone is no canonical address.
 */
export function canonicalUrl(site: string, fullPath: string): string | null {
	const origin = site.replace(/\/+$/, '');
	return origin ? `${origin}${fullPath}` : null;
}

export function previewTags(
	page: PreviewPage,
	where: { site: string; base: string; fullPath: string; locale?: Locale }
): MetaTag[] {
	const t = messagesFor(where.locale ?? 'en');
	const PREVIEW_WORDS = t.preview;
	const layer = pathLayer(page.path);
	const title = page.countryName
		? PREVIEW_WORDS.countryTitle(page.countryName)
		: layer
			? t.layerPage.title(t.layers.name[layer])
			: PREVIEW_WORDS.homeTitle;
	const description = page.countryName
		? PREVIEW_WORDS.countryDescription(page.countryName)
		: layer
			? t.layerPage.description[layer]
			: PREVIEW_WORDS.homeDescription;
	const site = where.site.replace(/\/+$/, '');
	const image = `${site}${previewImageHref(page, where.locale ?? 'en', where.base)}`;
	const url = canonicalUrl(site, where.fullPath);
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
		og('locale', OPEN_GRAPH_LOCALES[where.locale ?? 'en']),
		...LOCALES.filter((other) => other !== (where.locale ?? 'en')).map((other) =>
			og('locale:alternate', OPEN_GRAPH_LOCALES[other])
		),
		og('title', title),
		og('description', description),
		og('image', image),
		og('image:type', 'image/png'),
		og('image:width', String(PREVIEW_IMAGE.width)),
		og('image:height', String(PREVIEW_IMAGE.height)),
		og('image:alt', PREVIEW_WORDS.imageAlt(title)),
		...(url ? [og('url', url)] : []),
		twitter('card', 'summary_large_image'),
		twitter('title', title),
		twitter('description', description),
		twitter('image', image)
	];
}
