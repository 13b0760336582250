/**
 * MapLibre's stylesheet, written into the page when the live map's code loads, before any map is
 * made: the map pages' first visit does not link it (it is most of the site's CSS), and the map's
 * controls are never drawn unstyled. Once per page, however often the live map starts.
 */
export const MAPLIBRE_STYLE_ID = 'maplibre-styles';

/** The part of `document` this needs, so that a test can hand it a stand-in. */
export interface StyleHost {
	getElementById(id: string): unknown;
	createElement(tag: 'style'): { id: string; textContent: string | null };
	head: { append(node: unknown): void };
}

/** Adds the styles as a `<style>` at the end of <head>, unless the page already has them. */
export function addMapLibreStyles(css: string, host: StyleHost = document): void {
	if (host.getElementById(MAPLIBRE_STYLE_ID)) return;
	const style = host.createElement('style');
	style.id = MAPLIBRE_STYLE_ID;
	style.textContent = css;
	host.head.append(style);
}
