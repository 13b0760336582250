import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { eventsUntil, forumCoverage } from '$lib/data/engagement';
import { panelOpening } from './opening';
import type { ExplorerView } from './view';

const open = (view: ExplorerView) => {
	const events = eventsUntil(dataset.events, view.until);
	const forum = view.layer === 'forums' ? forumCoverage(dataset, view.forum, events) : undefined;
	return panelOpening(view, events, forum);
};

describe('panelOpening', () => {
	it('opens each layer with its own words', () => {
		const headings = (['abductions', 'engagement', 'forums'] as const).map(
			(layer) => open({ layer, forum: 'g7', until: null }).heading
		);
		expect(new Set(headings).size).toBe(3);
		expect(headings[2]).toBe('G7');
	});

	it('puts the timeline’s date and the latest event by then first', () => {
		const opening = open({ layer: 'engagement', forum: 'coi', until: '2014-03' });
		expect(opening.moment?.label).toBe('Up to March 2014');
		expect(opening.moment?.latest?.date.slice(0, 7)).toBe('2014-03');
		expect(opening.moment?.count).toBe(eventsUntil(dataset.events, '2014-03').length);
	});

	it('on the forums layer, counts only the forum’s events', () => {
		const opening = open({ layer: 'forums', forum: 'un-hrc', until: '2014-12' });
		expect(opening.moment?.latest?.groups).toContain('un-hrc');
	});

	it('has no moment for the whole document', () => {
		expect(open({ layer: 'abductions', forum: 'coi', until: null }).moment).toBeUndefined();
	});
});
