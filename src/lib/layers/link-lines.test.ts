import { describe, expect, it } from 'vitest';
import { dataset, summaries } from '$lib/data/dataset';
import { drawnLayers } from './drawn';
import type { ExplorerView } from '$lib/state/view';
import { linkKey, linkLineAttributes, linkLines } from './link-lines';

describe('linkLines', () => {
	const view: ExplorerView = { layer: 'engagement', forum: 'coi', until: null };
	const { links } = drawnLayers(dataset, summaries, view);

	it("draws each of the view's links from the table, coloured by kind, dashed when raised with North Korea", () => {
		const paths = Object.fromEntries(links!.map((l) => [linkKey(l), `M0,0L${l.to.length},1`]));
		const lines = linkLines(links!, paths);
		expect(lines).toHaveLength(links!.length);
		const raised = links!.findIndex((l) => l.kind === 'raised-with-dprk');
		expect(raised).toBeGreaterThanOrEqual(0);
		expect(lines[raised]!.dashed).toBe(true);
		expect(lines.filter((l) => l.dashed)).toHaveLength(
			links!.filter((l) => l.kind === 'raised-with-dprk').length
		);
		// A link missing from the table is left out rather than drawn wrong.
		expect(linkLines(links!, {})).toEqual([]);
		expect(linkKey({ from: 'USA', to: 'JPN' })).toBe('JPN-USA');
	});

	it('keeps a line 2 px wide and its dashes in screen pixels at any scale of the world', () => {
		const [solid, dashed] = [
			{ d: 'M0,0L1,1', colour: '#123456', dashed: false, key: 'JPN-USA' },
			{ d: 'M0,0L1,1', colour: '#654321', dashed: true, key: 'JPN-PRK' }
		].map(linkLineAttributes);
		expect(solid).toMatchObject({ 'stroke-width': '2', 'vector-effect': 'non-scaling-stroke' });
		expect(solid).not.toHaveProperty('stroke-dasharray');
		expect(dashed).toMatchObject({ 'stroke-dasharray': '6 4', 'data-link': 'JPN-PRK' });
	});
});
