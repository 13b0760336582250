/**
 * The keyboard's walk over the map: arrows move a cursor west and east through the dataset's
 * countries (panning when one is off screen), a screen reader hears where it is, Enter opens
 * it, plus and minus zoom.
 */
import { keyAction, MAP_KEYS, type MapAction } from '$lib/keys';
import { isOffScreen } from '../camera/frame';
import { step } from './keyboard';
import { keyboardAnnouncement } from '../tooltip';
import type { Locale } from '$lib/i18n/locale';

type LngLat = [number, number];

/** The part of a MapLibre map the walk needs. */
export interface WalkableMap {
	project(place: LngLat): { x: number; y: number };
	panTo(place: LngLat, options: { duration: number }): unknown;
	zoomIn(): unknown;
	zoomOut(): unknown;
	getContainer(): { clientWidth: number; clientHeight: number };
}

export interface WalkContext {
	/** The map, once it is ready for keys. */
	map(): WalkableMap | undefined;
	/** Countries in walking order, and where each is. */
	order(): readonly string[];
	place(iso3: string): LngLat | undefined;
	/** Where a walk starts from when the cursor is on nothing. */
	selected(): string | null;
	name(iso3: string): string;
	describe(iso3: string): string[];
	/** The cursor moved to a country: shown like a hover. */
	onmove(iso3: string): void;
	onselect(iso3: string): void;
	panDuration(): number;
	/** The page's language, for what a screen reader hears. */
	locale?(): Locale;
}

export class KeyboardWalk {
	/** The country the keyboard is on; Enter opens it. */
	cursor = $state<string | null>(null);
	announcement = $state('');
	#context: WalkContext;

	constructor(context: WalkContext) {
		this.#context = context;
	}

	#actions: Record<MapAction, (map: WalkableMap) => void> = {
		next: (map) => this.#move(map, 1),
		previous: (map) => this.#move(map, -1),
		open: () => {
			if (this.cursor) this.#context.onselect(this.cursor);
		},
		'zoom-in': (map) => map.zoomIn(),
		'zoom-out': (map) => map.zoomOut()
	};

	#move(map: WalkableMap, delta: 1 | -1) {
		const context = this.#context;
		this.moveTo(map, step(context.order(), this.cursor ?? context.selected(), delta));
	}

	/** Puts the cursor on a country: shown like a hover, brought into view, and said aloud. */
	moveTo(map: WalkableMap, next: string | null) {
		const context = this.#context;
		this.cursor = next;
		const place = next ? context.place(next) : undefined;
		if (!next || !place) return;
		context.onmove(next);
		const { clientWidth: width, clientHeight: height } = map.getContainer();
		if (isOffScreen(map.project(place), { width, height })) {
			map.panTo(place, { duration: context.panDuration() });
		}
		this.announcement = keyboardAnnouncement(
			context.name(next),
			context.describe(next),
			context.locale?.()
		);
	}

	/** Takes a key press if it is one of the map's; returns whether it did. */
	key(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): boolean {
		const map = this.#context.map();
		const action = map ? keyAction(MAP_KEYS, event) : undefined;
		if (!map || !action) return false;
		this.#actions[action](map);
		return true;
	}

	/** The pointer or the focus went elsewhere. */
	leave() {
		this.cursor = null;
	}
}
