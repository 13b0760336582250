/** The map's own words that are not data (one place, for translation). */
export const MAP_WORDS = {
	/** The world drawn in the page's HTML: its accessible name on the current layer. */
	worldLabel: (layerTitle: string) => `World map: ${layerTitle}`
} as const;
