/** What a page gives the map (MapView.svelte), and what the map tells it back (`drawn`, `drawnLook`). */
import type { Link } from '$lib/data/engagement';
import type { LayerLook } from '$lib/layers/looks';
import type { Frame } from './camera/frame';

export interface MapViewProps {
	/** The dataset's country names by ISO alpha-3: what can be selected. */
	names: ReadonlyMap<string, string>;
	look: LayerLook;
	/** Lines to draw, or null to draw none. */
	links: readonly Link[] | null;
	/** The lines a tooltip shows under a country's name on the current layer. */
	describe?: (iso3: string) => string[];
	/**
	 * The countries the map names; by default Japan, the Koreas and the selected country. Only the
	 * names of those (set out at sea) take a click: a name on another country lets the pointer
	 * through to the country, whose tooltip and link it is.
	 */
	named?: readonly string[];
	/** ISO alpha-3 of the selected country; null for the world (or `frame`). */
	selected?: string | null;
	/** Opening a country; `byKeyboard` when Enter opened it (focus may then follow). */
	onselect?: (iso3: string, byKeyboard?: boolean) => void;
	/** What to fit when no country is selected; the world by default. */
	frame?: Frame | null;
	/** A country's page address, as the static map's links carry it. */
	href?: (iso3: string) => string;
	/** Whether the live map has drawn (lines show only on it): set by the map, for the legend. */
	drawn?: boolean;
	/** The look the live map has finished drawing (a switch takes it a moment), for the legend. */
	drawnLook?: LayerLook | null;
	/**
	 * A country the reader points at outside the map (its name in the caption or a panel's list,
	 * by mouse or keyboard; ui/point-at.ts):
	 * the map outlines it and shows its tooltip, so a small country is found from its name.
	 */
	pointed?: string | null;
}
