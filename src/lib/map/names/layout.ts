/**
 * Puts the names of Japan and the Koreas on a map, whichever map it is: the live map (live/country-names.ts,
 * with MapLibre's markers) or the static world before it (StaticMap). The map says what it shows,
 * in the static world's units; this measures the names as drawn, has them placed together
 * (callouts.ts) in a worker against the static world's shapes (job.ts), shows them and
 * returns the leader lines to draw.
 */
import type { Callout, NamePlacement, NameRequest } from './callouts';
import type { StaticNamesJob } from './job';
import type { WorldShape } from './hit-raster';
import { placeNamesAway } from './runner';

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

/** The names as the placement asks for them. */
function nameRequests(names: readonly MapName[]): NameRequest[] {
	return names.map(({ callout, at, name }) => ({ callout, labelPoint: at, name }));
}

/** Every text a name may show (its full name and, where it has one, its short one), with the name's element. */
function nameTexts(names: readonly MapName[]): [string, HTMLElement][] {
	return names.flatMap(({ name, callout, label }) =>
		[...new Set([name, callout.short ?? name])].map((text): [string, HTMLElement] => [text, label])
	);
}

/**
 * Measures a text in the element that will show it, as it is drawn there (the classroom sets a
 * larger type; a name that takes a click has a taller target), shown for the moment it takes;
 * each text once.
 */
function nameMeasurer() {
	const sizes = new Map<string, { width: number; height: number }>();
	return (text: string, ruler: HTMLElement) => {
		let size = sizes.get(text);
		if (!size) {
			const { hidden, textContent } = ruler;
			ruler.hidden = false;
			ruler.textContent = text;
			size = { width: ruler.offsetWidth, height: ruler.offsetHeight };
			ruler.hidden = hidden;
			ruler.textContent = textContent;
			sizes.set(text, size);
		}
		return size;
	};
}

/**
 * Writes each placement into its name's element (text, hidden or shown); the caller moves each
 * element to its placement's point, offset by `offset`, in `position`.
 */
function showPlacements<Name extends MapName>(
	names: readonly Name[],
	placements: readonly NamePlacement[],
	measure: (text: string, ruler: HTMLElement) => { width: number },
	position: (name: Name, laidOut: LaidOutName) => void
): { laidOut: LaidOutName[]; leaders: [number, number][][] } {
	const laidOut = names.map(({ label }, i) => {
		const placement = placements[i]!;
		label.hidden = placement.mode === 'hidden';
		label.textContent = placement.name;
		const { width } = measure(placement.name, label);
		return { placement, offset: { left: 0, centre: width / 2, right: width }[placement.align] };
	});
	names.forEach((name, i) => position(name, laidOut[i]!));
	const leaders = placements.flatMap((placement) => (placement.leader ? [placement.leader] : []));
	return { laidOut, leaders };
}

/** A view of the world to place names in (see StaticNamesJob); the names say the rest. */
export type NamesView = Omit<StaticNamesJob, 'id' | 'shapes' | 'requests' | 'sizes'>;

/**
 * Places names in a view of the world, on either map: measures them as drawn, has the worker find
 * their places (placeNamesAway) and shows them, unless it was asked again meanwhile (the view
 * changed) or told to forget. Resolves with the leader lines to draw, or null if not shown.
 */
export function namePlacer() {
	let asked = 0;
	return {
		async place<Name extends MapName>(
			names: readonly Name[],
			view: NamesView,
			shapes: WorldShape[],
			position: (name: Name, laidOut: LaidOutName) => void
		): Promise<[number, number][][] | null> {
			const measure = nameMeasurer();
			const sizes = Object.fromEntries(
				nameTexts(names).map(([text, label]) => [text, measure(text, label)])
			);
			const ticket = ++asked;
			const placements = await placeNamesAway(
				{ ...view, requests: nameRequests(names), sizes },
				shapes
			);
			if (ticket !== asked) return null;
			return showPlacements(names, placements, measure, position).leaders;
		},
		/** What was asked before this is not shown. */
		forget() {
			asked++;
		}
	};
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
