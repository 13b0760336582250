/**
 * Puts the names of Japan and the Koreas on a map, whichever map it is: the live map (labels.ts,
 * with MapLibre's markers) or the static world before it (StaticMap). The map says where places
 * fall on screen (and, the live map, which countries lie under a box); this measures the names as
 * drawn, places them together (callouts.ts) and returns the leader lines to draw.
 */
import {
	mercatorInverse,
	placeNames,
	type Callout,
	type NamePlacement,
	type ScreenBox
} from './callouts';

export interface NameView {
	zoom: number;
	width: number;
	height: number;
	project: (at: [number, number]) => { x: number; y: number };
	/** From the screen back to a place; without it, worked out from `project` (both maps are Mercator). */
	unproject?: (point: { x: number; y: number }) => [number, number];
	/**
	 * The countries whose fill a screen box touches. Without it (the static world) names keep to
	 * the frame and clear of each other, and the designed places are trusted to lie over sea.
	 */
	countriesUnder?: (box: ScreenBox) => readonly string[];
}

export interface MapName {
	callout: Callout;
	/** The element that shows the name. */
	label: HTMLElement;
	name: string;
	/** The country's name point, in the frame's longitudes. */
	at: [number, number];
}

export interface LaidOutName {
	placement: NamePlacement;
	/** Left of the anchor, in pixels: half the name's width when centred on it, all of it when it ends there. */
	offset: number;
}

/**
 * Places every name for the view and writes it into its element (text, hidden or shown); the
 * caller moves each element to its placement's point, offset by `offset`, in `position`.
 */
export function layOutNames<Name extends MapName>(
	names: readonly Name[],
	view: NameView,
	position: (name: Name, laidOut: LaidOutName) => void
): { laidOut: LaidOutName[]; leaders: [number, number][][] } {
	// Measured as drawn (the classroom sets a larger type) by one of the names, shown for the
	// moment it takes; each text once.
	const ruler = names[0]?.label;
	const sizes = new Map<string, { width: number; height: number }>();
	const measure = (text: string) => {
		let size = sizes.get(text);
		if (!size && ruler) {
			const { hidden, textContent } = ruler;
			ruler.hidden = false;
			ruler.textContent = text;
			size = { width: ruler.offsetWidth, height: ruler.offsetHeight };
			ruler.hidden = hidden;
			ruler.textContent = textContent;
			sizes.set(text, size);
		}
		return size ?? { width: 0, height: 0 };
	};
	const placements = placeNames(
		names.map(({ callout, at, name }) => ({ callout, labelPoint: at, name })),
		{
			...view,
			unproject: view.unproject ?? mercatorInverse(view.project),
			measure,
			countriesUnder: view.countriesUnder ?? (() => [])
		}
	);
	const laidOut = names.map(({ label }, i) => {
		const placement = placements[i]!;
		label.hidden = placement.mode === 'hidden';
		label.textContent = placement.name;
		const { width } = measure(placement.name);
		return { placement, offset: { left: 0, centre: width / 2, right: width }[placement.align] };
	});
	names.forEach((name, i) => position(name, laidOut[i]!));
	const leaders = placements.flatMap((placement) => (placement.leader ? [placement.leader] : []));
	return { laidOut, leaders };
}

/** A name's element, as both maps draw it: hidden from screen readers, which hear the same in the tooltip, panels and search. */
export function nameLabel(iso3: string, onselect?: (iso3: string) => void): HTMLSpanElement {
	const label = document.createElement('span');
	label.className = 'map-label';
	label.dataset.iso3 = iso3;
	label.setAttribute('aria-hidden', 'true');
	if (onselect) {
		label.classList.add('pickable');
		label.addEventListener('click', () => onselect(iso3));
	}
	return label;
}
