/**
 * The explorer's state, one for the map pages and one for the embed pages: the view in the query
 * (read once the page has hydrated: prerendered pages are the default view), the country in the
 * path, and what the map draws for both. The layouts create it; the panels under the map layout
 * read it through `useExplorer`.
 */
import { getContext, onMount, setContext } from 'svelte';
import { goto } from '$app/navigation';
import { base } from '$app/paths';
import { page } from '$app/state';
import type { DocEvent } from '$lib/data/schema';
import type { ForumCoverage } from '$lib/data/engagement';
import { drawnLayers } from '$lib/layers/drawn';
import { currentLocale } from '$lib/i18n/current';
import { dataFor } from '$lib/i18n/data';
import { localHref } from '$lib/i18n/paths';
import { timed } from '$lib/timing';
import {
	DEFAULT_VIEW,
	parseView,
	selectedCountry,
	viewChange,
	viewQuery,
	type ExplorerView,
	type Layer
} from './view';

/** What the panels beneath the map read of the explorer. */
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
}

export class ExplorerState implements Explorer {
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

	/** Made while a layout starts: the query is read from its mount on. */
	constructor() {
		onMount(() => {
			this.#hydrated = true;
		});
	}

	get events(): DocEvent[] {
		return this.drawn.events;
	}
	get forum(): ForumCoverage | undefined {
		return this.drawn.forum;
	}
	get countryNames(): ReadonlyMap<string, string> {
		return this.data.countryNames;
	}
	get groupNames(): ReadonlyMap<string, string> {
		return this.data.groupNames;
	}

	/** A page of the site in the page's language, with the view's query. */
	href = (path: string): string => `${localHref(path, this.locale, base)}${this.query}`;

	/** Changes the layer, forum or date, on the page the reader is on. */
	setView(change: Partial<ExplorerView>): void {
		// From a layer's own page, a changed view is the world view's address with the whole query.
		const path = this.pathLayer ? localHref('/', this.locale, base) : page.url.pathname;
		const next = viewChange(path, this.view, change);
		goto(next.url, { keepFocus: true, noScroll: true, replaceState: next.replace });
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
