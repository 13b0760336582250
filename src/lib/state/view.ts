/**
 * What the explorer shows besides the selected country: the layer, the forum (on the forums layer)
 * and the timeline's month. It lives in the URL's query, so any view can be shared; anything
 * unknown or malformed there falls back to the default rather than failing.
 */
export const LAYERS = ['abductions', 'engagement', 'forums'] as const;
export type Layer = (typeof LAYERS)[number];

export interface ExplorerView {
	layer: Layer;
	/** A group id from data/groups.json; only meaningful on the forums layer. */
	forum: string;
	/** `YYYY-MM`: show what had happened by the end of that month; null for the whole document. */
	until: string | null;
}

/** The Commission of Inquiry: five countries the document names, on three continents. */
export const DEFAULT_FORUM = 'coi';
export const DEFAULT_VIEW: ExplorerView = {
	layer: 'abductions',
	forum: DEFAULT_FORUM,
	until: null
};

/**
 * `pathLayer`: the layer a layer's own page (`/layer/forums`) shows when its query names none.
 */
export function parseView(
	params: URLSearchParams,
	knownForums: readonly string[],
	pathLayer: Layer | null = null
): ExplorerView {
	const layer = params.get('layer') ?? pathLayer;
	const forum = params.get('forum');
	const until = params.get('until');
	return {
		layer: (LAYERS as readonly string[]).includes(layer ?? '')
			? (layer as Layer)
			: DEFAULT_VIEW.layer,
		forum: forum && knownForums.includes(forum) ? forum : DEFAULT_FORUM,
		until: until && /^\d{4}-(0[1-9]|1[0-2])$/.test(until) ? until : null
	};
}

/** The query string for a view, leaving out what is default: `?layer=forums&forum=g7`. */
export function viewQuery(view: ExplorerView): string {
	const params = new URLSearchParams();
	if (view.layer !== DEFAULT_VIEW.layer) params.set('layer', view.layer);
	if (view.layer === 'forums' && view.forum !== DEFAULT_FORUM) params.set('forum', view.forum);
	if (view.until) params.set('until', view.until);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * The world view's address, as shared: a layer other than the default has a page of its own
 * (`/layer/forums?forum=g7`), which link previews show with that layer's title and picture.
 */
export function viewAddress(view: ExplorerView): string {
	if (view.layer === DEFAULT_VIEW.layer) return `/${viewQuery(view)}`;
	const params = new URLSearchParams(viewQuery(view));
	params.delete('layer');
	const query = params.toString();
	return `/layer/${view.layer}${query ? `?${query}` : ''}`;
}

/**
 * Where a month sits on the timeline's stops: the last stop not after it, so a shared URL with a
 * month between stops (or before the first) shows the slider where the map's data ends.
 */
export function sliderIndex(months: readonly string[], until: string): number {
	let index = 0;
	months.forEach((month, i) => {
		if (month <= until) index = i;
	});
	return index;
}

/**
 * The country a page's address names, as the dataset's code, or null when it names none the
 * dataset knows (the map then shows the world, as for an unknown query).
 */
export function selectedCountry(
	param: string | undefined,
	known: { has(iso3: string): boolean }
): string | null {
	const iso3 = param?.toUpperCase();
	return iso3 && known.has(iso3) ? iso3 : null;
}

/**
 * Where a change of view leads: the same page with the changed query; from a layer's own page,
 * the changed view's own address (viewAddress, in English: the caller puts it in the page's
 * language), so playing the timeline on /layer/engagement stays there. Moving the timeline
 * replaces the history entry, so Back does not step through every month it passed.
 */
export function viewChange(
	pathname: string,
	view: ExplorerView,
	change: Partial<ExplorerView>,
	fromLayerPage = false
): { url: string; replace: boolean } {
	const next = { ...view, ...change };
	return {
		url: fromLayerPage ? viewAddress(next) : `${pathname}${viewQuery(next)}`,
		replace: 'until' in change
	};
}
