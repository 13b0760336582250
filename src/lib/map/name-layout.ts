/**
 * Puts the names of Japan and the Koreas on a map, whichever map it is: the live map (labels.ts,
 * with MapLibre's markers) or the static world before it (StaticMap). The map says where places
 * fall on screen; this measures each name as drawn, places it (callouts.ts), hides names that
 * would touch another, and returns the leader lines to draw.
 */
import { leaderLine, overlapping, placeName, type Callout, type NamePlacement } from './callouts';

export interface NameView {
	zoom: number;
	width: number;
	height: number;
	project: (at: [number, number]) => { x: number; y: number };
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
	/** Left of the anchor, in pixels: half the name's width when it is centred on its point. */
	offset: number;
}

/**
 * Places every name for the view and writes it into its element (text, hidden or shown); the
 * caller moves each element to its placement's point, offset by `offset`. `position` puts an
 * element where it goes, so that overlaps are measured where the names really are.
 */
export function layOutNames<Name extends MapName>(
	names: readonly Name[],
	view: NameView,
	position: (name: Name, laidOut: LaidOutName) => void
): { laidOut: LaidOutName[]; leaders: [number, number][][] } {
	const laidOut = names.map(({ callout, label, at, name }) => {
		const placement = placeName(callout, at, name, {
			...view,
			// Measured as drawn (the classroom sets a larger type), shown for the moment it takes.
			measure: (text) => {
				label.hidden = false;
				label.textContent = text;
				return { width: label.offsetWidth, height: label.offsetHeight };
			}
		});
		label.hidden = placement.mode === 'hidden';
		label.textContent = placement.name;
		return { placement, offset: placement.centred ? label.offsetWidth / 2 : 0 };
	});
	names.forEach((name, i) => position(name, laidOut[i]!));
	// Names that would touch another (a small map of East Asia in large type) give way.
	const hide = overlapping(
		names.map(({ label }) => {
			if (label.hidden) return null;
			const r = label.getBoundingClientRect();
			return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		})
	);
	names.forEach(({ label }, i) => {
		if (hide[i]) label.hidden = true;
	});
	const leaders = names
		.filter((_, i) => laidOut[i]!.placement.mode === 'out' && !hide[i])
		.map(({ callout, at }) => leaderLine(at, callout));
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
