/**
 * The explorer's state, one for the map pages and one for the embed pages: the view in the query
 * (read once the page has hydrated: prerendered pages are the default view), the country in the
 * path, and what the map draws for both. The layouts create it; the panels under the map layout
 * read it through `useExplorer`.
 */
import { getContext, onMount, setContext, untrack } from 'svelte';
import { goto } from '$app/navigation';
import { base } from '$app/paths';
import { page } from '$app/state';
import type { DocEvent } from '$lib/data/schema';
import type { ForumCoverage } from '$lib/data/engagement';
import { drawnLayers, keyOverTime, type DrawnLayers } from '$lib/layers/drawn';
import { answerLead, nationalityGroupsAfter } from '$lib/data/caption';
import { formatDate } from '$lib/data/format';
import { messagesFor } from '$lib/i18n/messages';
import { currentLocale } from '$lib/i18n/current';
import { dataFor } from '$lib/i18n/data';
import { localHref } from '$lib/i18n/paths';
import { timed } from '$lib/timing';
import type { LayerLook } from '$lib/layers/looks';
import { shownView, type MapReport } from './shown';
import {
	DEFAULT_VIEW,
	parseView,
	selectedCountry,
	viewChange,
	viewQuery,
	type ExplorerView,
	type Layer
} from './view';

/** What the panels beneath the map read of the explorer: the view the map shows (shown.ts). */
export interface Explorer {
	readonly view: ExplorerView;
	/** The events that had happened by the timeline's date. */
	readonly events: DocEvent[];
	/** The chosen forum's countries and events, on the forums layer. */
	readonly forum: ForumCoverage | undefined;
	/** Adds the current view's query to a path, so links keep the layer, forum and date. */
	href(path: string): string;
	/** Names by ISO alpha-3 and by forum id, for the panels' lists. */
	readonly countryNames: ReadonlyMap<string, string>;
	readonly groupNames: ReadonlyMap<string, string>;
	/** Points at a country on the map from its name in a list, or stops (null): ui/point-at.ts. */
	point(iso3: string | null): void;
}

export class ExplorerState {
	#hydrated = $state(false);
	readonly locale = $derived(currentLocale());
	/** The dataset, names and summaries in the page's language. */
	readonly data = $derived(dataFor(this.locale));
	/** Anything unknown in the query falls back to the default view. */
	/** A layer's own page (/layer/forums) shows its layer until the query names another. */
	readonly pathLayer = $derived((page.params as { layer?: Layer }).layer ?? null);
	readonly view: ExplorerView = $derived(
		this.#hydrated
			? parseView(
					page.url.searchParams,
					this.data.dataset.groups.map((g) => g.id),
					this.pathLayer
				)
			: { ...DEFAULT_VIEW, layer: this.pathLayer ?? DEFAULT_VIEW.layer }
	);
	/** The view's query string, to carry it into links: `?layer=forums&forum=g7`. */
	readonly query = $derived(viewQuery(this.view));
	/** The country the path names, when the dataset has it. */
	readonly selected = $derived(selectedCountry(page.params.iso3, this.data.summaries));
	readonly selectedName = $derived(
		this.selected ? (this.data.countryNames.get(this.selected) ?? this.selected) : undefined
	);
	/** What the map draws. Timed so `npm run bench -- --scale` can show how the joins grow. */
	readonly drawn = $derived(
		timed('join:layers', () =>
			drawnLayers(this.data.dataset, this.data.summaries, this.view, this.locale)
		)
	);

	/**
	 * The countries the map names: what the view is about, as the view's pictures name them
	 * (share/named.ts). Kept as a key, so a view change that names the same countries (a step of
	 * Play) gives no new list, and the map places no names again.
	 */
	readonly #namedKey = $derived(this.drawn.named(this.selected).join(' '));
	readonly named: readonly string[] = $derived(this.#namedKey ? this.#namedKey.split(' ') : []);

	/**
	 * The country whose name the reader points at in the caption or a panel's list (ui/point-at.ts):
	 * the map outlines it and shows its tooltip.
	 */
	pointed = $state<string | null>(null);
	/** Points at a country from its name, or stops (null). */
	point = (iso3: string | null): void => {
		this.pointed = iso3;
	};

	/** What the map says it shows: MapColumn passes on MapView's report (`mapReports`). */
	#map = $state.raw<MapReport<LayerLook>>({ live: false, drawnLook: null });
	#held: { look: LayerLook; view: ExplorerView; drawn: DrawnLayers } | undefined;
	/**
	 * The view the legend, the caption and the panels describe: the chosen one, from the frame the
	 * map shows it (see shown.ts). The layer controls and the address keep the chosen one.
	 */
	readonly shown = $derived.by(() => {
		const current = { look: this.drawn.look, view: this.view, drawn: this.drawn };
		this.#held = shownView(this.#held, current, this.#map);
		return this.#held;
	});

	/**
	 * The map's answer in words, at the shown view's date: the nationalities it names (a status
	 * that rests on a later event is not there yet, as the map leaves it uncoloured) and its first
	 * sentence, for the map page's caption and the embed's heading alike.
	 */
	readonly answer = $derived.by(() => {
		const { until } = this.shown.view;
		const groups = nationalityGroupsAfter(
			this.data.dataset.countries,
			until ? this.shown.drawn.events : null
		);
		const date = until ? formatDate(until, this.locale) : undefined;
		return { groups, lead: answerLead(messagesFor(this.locale).caption, groups, date) };
	});

	/** The shown layer (and forum): what the key's room depends on, not the date. */
	readonly keyedLayer = $derived(`${this.shown.view.layer} ${this.shown.view.forum ?? ''}`);
	/**
	 * Every entry the shown layer's key has at any date, worked out once per layer: the room the
	 * map's key keeps while the timeline is at a date, so it does not grow as the date brings in
	 * kinds of line and the world fitted beside it stays put (legend-room.ts).
	 */
	readonly keyRoom = $derived.by(() => {
		void this.keyedLayer;
		const view = untrack(() => this.shown.view);
		return keyOverTime(this.data.dataset, this.data.summaries, view, this.locale);
	});

	/** The map's report: whether the live map draws the page, and the look it has drawn. */
	mapReports(report: MapReport<LayerLook>): void {
		this.#map = report;
	}

	/** What the panels read: the view the map shows, with its events and forum. */
	readonly panels: Explorer = ((state: ExplorerState) => ({
		get view() {
			return state.shown.view;
		},
		get events() {
			return state.shown.drawn.events;
		},
		get forum() {
			return state.shown.drawn.forum;
		},
		href: (path: string) => state.href(path),
		get countryNames() {
			return state.data.countryNames;
		},
		get groupNames() {
			return state.data.groupNames;
		},
		point: state.point
	}))(this);

	/** Made while a layout starts: the query is read from its mount on. */
	constructor() {
		onMount(() => {
			this.#hydrated = true;
		});
	}

	get countryNames(): ReadonlyMap<string, string> {
		return this.data.countryNames;
	}

	/** A page of the site in the page's language, with the view's query. */
	href = (path: string): string => `${localHref(path, this.locale, base)}${this.query}`;

	/** Changes the layer, forum or date, on the page the reader is on. */
	setView(change: Partial<ExplorerView>): void {
		const fromLayerPage = this.pathLayer !== null;
		const next = viewChange(page.url.pathname, this.view, change, fromLayerPage);
		const url = fromLayerPage ? localHref(next.url, this.locale, base) : next.url;
		goto(url, { keepFocus: true, noScroll: true, replaceState: next.replace });
	}
}

const KEY = Symbol('explorer');

export function provideExplorer(explorer: Explorer): void {
	setContext(KEY, explorer);
}

/** The explorer around a panel. Panels live only under the map layout, which provides it. */
export function useExplorer(): Explorer {
	const explorer = getContext<Explorer | undefined>(KEY);
	if (!explorer) throw new Error('useExplorer() is for panels inside the map layout');
	return explorer;
}
