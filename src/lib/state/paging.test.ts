import { expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { EVENT_LIST_LIMIT, firstItems } from './paging';

it('shows a list within the limit whole', () => {
	expect(firstItems([1, 2, 3], 3, false)).toEqual({ shown: [1, 2, 3], moreCount: 0 });
});

it('cuts a longer list at the limit and counts the rest, until asked for all', () => {
	const items = Array.from({ length: 250 }, (_, i) => i);
	const first = firstItems(items, 100, false);
	expect(first.shown).toEqual(items.slice(0, 100));
	expect(first.moreCount).toBe(150);
	expect(firstItems(items, 100, true)).toEqual({ shown: items, moreCount: 0 });
});

it('never hides any of the real dataset’s events', () => {
	expect(dataset.events.length).toBeLessThanOrEqual(EVENT_LIST_LIMIT);
});
