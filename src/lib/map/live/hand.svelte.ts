/**
 * The reader's hand on the live map, wired for MapView: the pointer's hover and click, the
 * keyboard's walk over its countries (in the static world's order), the reach that started the
 * map replayed once it has drawn, and keyboard focus carried from the static world onto the
 * canvas, on the same country.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerLook } from '$lib/layers/looks';
import type { Locale } from '$lib/i18n/locale';
import { countryOfLink } from '../static/roving';
import { keyOfHit, type featureMarker } from './feature-state';
import { walkOrderOfLook, type PlaceIndex } from './keyboard';
import type { Hit, pickOnMap } from './pick';
import { openedBy, wirePointer } from './pointer';
import { addReplays, replayOf, type ReachEvent, type Replay } from './start';
import { KeyboardWalk } from './walk.svelte';

/** What the hand reads of the map's view; each is read when needed, so it stays current. */
export interface HandView {
	/** The live map, once it has drawn. */
	map(): MapLibreMap | undefined;
	names(): ReadonlyMap<string, string>;
	look(): LayerLook;
	index(): PlaceIndex;
	selected(): string | null;
	describe(iso3: string): string[];
	/** The keyboard's cursor moved to a country: shown like a hover. */
	onmove(iso3: string): void;
	onselect(iso3: string, byKeyboard?: boolean): void;
	/** How long a pan or a replayed zoom takes (none for reduced motion). */
	moveDuration(): number;
	locale: Locale;
}

export class LiveHand {
	readonly walk: KeyboardWalk;
	/** What the pointer is over, on either map, for the tooltip. */
	hover = $state<Hit | null>(null);
	/** The wheel turns and keys that reached for the live map while it started. */
	#pending: Replay | null = null;
	#view: HandView;

	constructor(view: HandView) {
		this.#view = view;
		const places = () => view.index().places;
		this.walk = new KeyboardWalk({
			map: view.map,
			// As the world in the page walks (StaticMap): the view's countries first, then by place.
			order: () =>
				walkOrderOfLook(
					[...view.names().keys()],
					view.look().colourOf,
					(iso3) => places().get(iso3)?.[0]
				).filter((iso3) => places().has(iso3)),
			place: (iso3) => places().get(iso3),
			selected: view.selected,
			name: (iso3) => view.names().get(iso3) ?? iso3,
			describe: view.describe,
			onmove: view.onmove,
			onselect: (iso3) => view.onselect(iso3, true),
			panDuration: view.moveDuration,
			locale: () => view.locale
		});
	}

	/** Where the keyboard's cursor is on the live map, for the tooltip; null when on nothing. */
	cursorPoint(): { iso3: string; x: number; y: number } | null {
		const { cursor } = this.walk;
		const place = cursor ? this.#view.index().places.get(cursor) : undefined;
		const map = this.#view.map();
		return cursor && place && map ? { iso3: cursor, ...map.project(place) } : null;
	}

	/**
	 * The pointer on the loaded map: a hover marks (`hovered`) and shows, a click opens. What lies
	 * under it is found by `pick`, which comes with the live map's code rather than the page's.
	 */
	wirePointer(map: MapLibreMap, hovered: ReturnType<typeof featureMarker>, pick: typeof pickOnMap) {
		const view = this.#view;
		wirePointer(map, {
			hitAt: (event) => pick(map, event.point, view.index().places),
			opens: (hit) => openedBy(hit, view.names()),
			onhover: (hit) => {
				this.walk.leave();
				this.hover = hit;
				hovered.mark(keyOfHit(hit));
			},
			onaway: () => {
				hovered.mark(null);
				this.hover = null;
			},
			onselect: view.onselect
		});
	}

	/** A key on the map's frame; true when the walk used it (the page should not). */
	key(event: KeyboardEvent): boolean {
		return this.walk.key(event);
	}

	/** A reach for the live map before it has drawn: kept, to be replayed once it has. */
	reached(event: ReachEvent, frame: { left: number; top: number }) {
		if (!this.#view.map()) this.#pending = addReplays(this.#pending, replayOf(event, frame));
	}

	/** Replays the kept reach on the drawn map, once. */
	replay() {
		const map = this.#view.map();
		const pending = this.#pending;
		if (!map || !pending) return;
		this.#pending = null;
		const { zoomBy, around } = pending;
		map.easeTo({
			zoom: map.getZoom() + zoomBy,
			...(around && { around: map.unproject([around.x, around.y]) }),
			duration: this.#view.moveDuration()
		});
	}

	/** The live map took over: focus on a country of the static world moves to the canvas. */
	takeFocusFrom(world: Element | null) {
		const map = this.#view.map();
		if (!map || !world?.contains(document.activeElement)) return;
		const on = countryOfLink(document.activeElement);
		map.getCanvas().focus();
		if (on) this.walk.moveTo(map, on);
	}

	/** Puts the keyboard's focus on a country of the live map; false when it has not drawn. */
	focusCountry(iso3: string): boolean {
		const map = this.#view.map();
		if (!map) return false;
		map.getCanvas().focus();
		this.walk.moveTo(map, iso3);
		return true;
	}
}
