/**
 * Where the names of Japan and the Koreas go. At world zoom the three are a few pixels wide and
 * pressed against China, so each name sits out in the Pacific, east of Japan, with a leader line
 * to its country: never on another country's fill, stacked so they never touch. Closer in, each
 * name sits on its own country.
 */

export interface Callout {
	iso3: string;
	/** Where the name starts (its left end, vertically centred), over the sea. */
	at: [number, number];
	/** A shorter name for the smallest maps (a phone's world), where the full one would reach America. */
	short?: string;
	/**
	 * Just closer in (below OFFSHORE_MAX_ZOOM), where the name starts if not centred on the
	 * country: there North Korea's name is wider than the country and would reach into China, so it
	 * sits just off its east coast. Closer still the country holds its name.
	 */
	offshore?: [number, number];
}

/** From this zoom on North Korea is some 200 px wide: its name fits on it and no longer sits offshore. */
export const OFFSHORE_MAX_ZOOM = 4.5;

/** Below this zoom the names are called out to the sea; from it on they sit on their countries. */
export const CALLOUT_MAX_ZOOM = 3.5;

/** Below this zoom (a world 512 px wide or less) the short names are used. */
export const SHORT_NAME_MAX_ZOOM = 0;

/**
 * North to south, as the countries lie; each over open Pacific at every world zoom
 * (callouts.test.ts checks the names' boxes against the world's land).
 */
export const CALLOUTS: Callout[] = [
	{ iso3: 'PRK', at: [155, 49], short: 'N. Korea', offshore: [130.2, 40.6] },
	{ iso3: 'JPN', at: [147, 36] },
	{ iso3: 'KOR', at: [136, 20], short: 'S. Korea' }
];

/** The name a callout shows at a zoom. */
export function calloutName(callout: Callout, name: string, zoom: number): string {
	return zoom < SHORT_NAME_MAX_ZOOM && callout.short ? callout.short : name;
}

export interface ScreenBox {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * Where a name goes from CALLOUT_MAX_ZOOM on: its left end offshore while the country is too
 * small for it, else its middle on the country's label point.
 */
export function closeInPlace(
	callout: Callout,
	labelPoint: [number, number],
	zoom: number
): { at: [number, number]; centred: boolean } {
	return callout.offshore && zoom < OFFSHORE_MAX_ZOOM
		? { at: callout.offshore, centred: false }
		: { at: labelPoint, centred: true };
}

/** Whether two screen boxes share any pixel. */
export function overlaps(a: ScreenBox, b: ScreenBox): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The screen box of a name that starts at `x` and is centred on `y`, `width` by `height` pixels:
 * for checking that the stacked names clear each other at a given zoom.
 */
export function nameBox(x: number, y: number, width: number, height: number): ScreenBox {
	return { left: x, top: y - height / 2, right: x + width, bottom: y + height / 2 };
}

/** The leader line of a callout: from the country's label point out to the start of its name. */
export function leaderLine(from: [number, number], callout: Callout): [number, number][] {
	return [from, callout.at];
}

export interface NamePlacement {
	/** `out`: over the Pacific with a leader line; `close`: on or beside its country; `hidden`: out of view. */
	mode: 'out' | 'close' | 'hidden';
	name: string;
	/** Where the name is anchored: its left end, or its middle when `centred`. */
	at: [number, number];
	centred: boolean;
}

/**
 * Where a name goes on the map as it is now. Called out over the sea at world zoom; closer in (or
 * when the callout would leave the view, as in a frame of East Asia alone) on or beside its
 * country; and hidden when even that lies outside the view, so no name is ever cut by the edge.
 */
export function placeName(
	callout: Callout,
	labelPoint: [number, number],
	fullName: string,
	view: {
		zoom: number;
		width: number;
		height: number;
		project: (at: [number, number]) => { x: number; y: number };
		/** The name's size in pixels as it would be drawn. */
		measure: (name: string) => { width: number; height: number };
	}
): NamePlacement {
	const fits = (at: [number, number], name: string, centred: boolean) => {
		const { x, y } = view.project(at);
		const { width, height } = view.measure(name);
		const left = centred ? x - width / 2 : x;
		const box = nameBox(left, y, width, height);
		return box.left >= 0 && box.top >= 0 && box.right <= view.width && box.bottom <= view.height;
	};
	if (view.zoom < CALLOUT_MAX_ZOOM) {
		const name = calloutName(callout, fullName, view.zoom);
		if (fits(callout.at, name, false)) return { mode: 'out', name, at: callout.at, centred: false };
	}
	const close = closeInPlace(callout, labelPoint, view.zoom);
	const mode = fits(close.at, fullName, close.centred) ? 'close' : 'hidden';
	return { mode, name: fullName, ...close };
}

/**
 * Which names to hide so that none overlaps another: in order, a name that would touch one
 * already shown is hidden (a small classroom map cannot fit every name of East Asia).
 */
export function overlapping(boxes: readonly (ScreenBox | null)[]): boolean[] {
	const shown: ScreenBox[] = [];
	return boxes.map((box) => {
		if (!box) return false;
		if (shown.some((other) => overlaps(box, other))) return true;
		shown.push(box);
		return false;
	});
}
