/**
 * Where an embedded view lives: under /embed, with the same path and query as the map. Apart from
 * the <iframe> code (snippet.ts), so the embed pages read it without the code the map's Embed
 * dialog loads on a click.
 */

export const EMBED_PREFIX = '/embed';

/** The embed path of a map path (both without the base path). */
export function embedPathOf(mapPath: string): string {
	const path = mapPath === '' || mapPath === '/' ? '' : mapPath.replace(/\/+$/, '');
	return `${EMBED_PREFIX}${path}`;
}

/** The map path an embed path shows; the inverse of embedPathOf. */
export function mapPathOf(embedPath: string): string {
	const rest = embedPath.startsWith(EMBED_PREFIX)
		? embedPath.slice(EMBED_PREFIX.length)
		: embedPath;
	return rest === '' ? '/' : rest;
}
