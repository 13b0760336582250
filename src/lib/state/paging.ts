/**
 * Long lists show their first `limit` items until the reader asks for the rest, so a page stays
 * quick to load and hydrate however large the dataset grows. Lists within the limit show whole.
 */
export function firstItems<T>(
	items: readonly T[],
	limit: number,
	showAll: boolean
): { shown: readonly T[]; moreCount: number } {
	if (showAll || items.length <= limit) return { shown: items, moreCount: 0 };
	return { shown: items.slice(0, limit), moreCount: items.length - limit };
}

/** How many events a list shows before "Show all": far above what the document holds (28). */
export const EVENT_LIST_LIMIT = 100;
