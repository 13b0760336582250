/**
 * The embeddable form of a map view and the <iframe> code that shows it on another site. The
 * embed pages sit under /embed with the same path and query as the map: `/country/kor?layer=forums`
 * is embedded as `/embed/country/kor?layer=forums`.
 */

export { EMBED_PREFIX, embedPathOf, mapPathOf } from './embed-path';

/** Sizes people can ask for: small enough for a sidebar, never larger than a wide screen. */
export const EMBED_SIZE_LIMITS = { min: 240, max: 2000 } as const;
export const DEFAULT_EMBED_SIZE = { width: 800, height: 500 } as const;

/** A whole number of pixels within the limits; anything unreadable becomes the fallback. */
export function clampSize(value: unknown, fallback: number): number {
	const number = typeof value === 'number' ? value : Number(value);
	if (!Number.isFinite(number) || number <= 0) return fallback;
	return Math.min(EMBED_SIZE_LIMITS.max, Math.max(EMBED_SIZE_LIMITS.min, Math.round(number)));
}

function escapeAttribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

import { RESIZE_ATTRIBUTE, RESIZER_SCRIPT } from './resize';

export interface EmbedSnippet {
	/** The absolute address of the embed page. */
	src: string;
	width: number;
	height: number;
	/** What the frame shows, for screen readers on the host page. */
	title: string;
	/**
	 * As wide as the host's column, as tall as its content (resize.ts): the iframe, marked for the
	 * script, then the script. `height` is the fallback where the script does not run.
	 */
	responsive?: boolean;
}

/** The HTML to paste: sized, titled, lazily loaded and without a border. */
export function embedSnippet({ src, width, height, title, responsive }: EmbedSnippet): string {
	const named = `title="${escapeAttribute(title)}" loading="lazy"`;
	const source = `<iframe src="${escapeAttribute(src)}"`;
	if (!responsive)
		return `${source} width="${width}" height="${height}" ${named} style="border: 0; max-width: 100%"></iframe>`;
	return (
		`${source} ${RESIZE_ATTRIBUTE} width="100%" height="${height}" ${named} ` +
		`style="border: 0; width: 100%; max-width: ${width}px"></iframe>${RESIZER_SCRIPT}`
	);
}
