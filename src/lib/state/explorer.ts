/** The explorer's shared state, given by the map layout to the panels beneath it. */
import { getContext, setContext } from 'svelte';
import type { DocEvent } from '$lib/data/schema';
import type { ForumCoverage } from '$lib/data/engagement';
import type { ExplorerView } from './view';

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
