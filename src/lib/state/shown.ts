/**
 * What the page says of the view: the legend, the caption in words and the panel follow the map.
 * The static world repaints in the same frame as the words around it, but the live map recolours
 * a few frames after a switch (its countries' data are reloaded off the main thread); until it has
 * drawn the new look, the words keep speaking of the look it still shows.
 */

/** What the map reports: whether the live map draws the page, and the look it has drawn last. */
export interface MapReport<Look> {
	live: boolean;
	drawnLook: Look | null;
}

/**
 * The view the page's words describe: the chosen one (`current`) once the map shows its look, or
 * the one described until then (`held`).
 */
export function shownView<View extends { look: unknown }>(
	held: View | undefined,
	current: View,
	map: MapReport<View['look']>
): View {
	if (held === undefined || !map.live || map.drawnLook === current.look) return current;
	return held;
}
