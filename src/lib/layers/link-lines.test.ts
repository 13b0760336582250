import { describe, expect, it } from 'vitest';
import { dataset, summaries } from '$lib/data/dataset';
import { drawnLayers } from './drawn';
import type { ExplorerView } from '$lib/state/view';
import { arrowheadAttributes, linkKey, linkLineAttributes, linkLines } from './link-lines';
import { linkLegend } from './looks';

describe('linkLines', () => {
	const view: ExplorerView = { layer: 'engagement', forum: 'coi', until: null };
	const { links } = drawnLayers(dataset, summaries, view);

	it("draws each of the view's links from the table, coloured by kind, dashed when raised with North Korea", () => {
		const paths = Object.fromEntries(
			links!.map((l) => [linkKey(l), { from: l.from, d: `M0,0L${l.to.length},1` }])
		);
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
			{ d: 'M0,0L1,1', colour: '#123456', dashed: false, key: 'JPN-USA', from: 'JPN' },
			{ d: 'M0,0L1,1', colour: '#654321', dashed: true, key: 'JPN-PRK', from: 'JPN' }
		].map(linkLineAttributes);
		expect(solid).toMatchObject({ 'stroke-width': '2', 'vector-effect': 'non-scaling-stroke' });
		expect(solid).not.toHaveProperty('stroke-dasharray');
		expect(dashed).toMatchObject({ 'stroke-dasharray': '6 4', 'data-link': 'JPN-PRK' });
	});

	it('heads a one-way line where it arrives, whichever way its path was drawn, and not a line both sides acted on', () => {
		const link = (from: string, to: string, actedBy: string[]) =>
			({ from, to, kind: 'summit', events: [], actedBy }) as unknown as NonNullable<
				typeof links
			>[number];
		// A path drawn from Japan (x 100) east to the United States (x 300).
		const paths = { 'JPN-USA': { from: 'JPN', d: 'M100,50L200,40L300,50' } };
		// The head stands at the line's middle and points the way the one side acted.
		const [east] = linkLines([link('JPN', 'USA', ['JPN'])], paths);
		expect(east!.arrow!.x).toBeCloseTo(200, 0);
		expect(Math.abs(east!.arrow!.angle)).toBeLessThan(90);
		const [west] = linkLines([link('USA', 'JPN', ['USA'])], paths);
		expect(west!.arrow!.x).toBeCloseTo(200, 0);
		expect(Math.abs(west!.arrow!.angle)).toBeGreaterThan(90);
		const [both] = linkLines([link('JPN', 'USA', ['JPN', 'USA'])], paths);
		expect(both!.arrow).toBeUndefined();
		expect(arrowheadAttributes(both!)).toBeUndefined();
		// The head is drawn in the line's colour, sized for the world's scale, and left out where
		// the line on screen is shorter than it could carry.
		expect(arrowheadAttributes(east!, 0.5)).toMatchObject({
			fill: east!.colour,
			'data-head': 'JPN-USA',
			transform: expect.stringMatching(
				/^translate\([\d.]+ [\d.]+\) rotate\(-?\d+(\.\d)?\) scale\(0\.5\)$/
			)
		});
		expect(arrowheadAttributes(east!, 0.5)).not.toHaveProperty('display');
		expect(arrowheadAttributes(east!, 10)).toHaveProperty('display', 'none');
	});
});

describe('linkLegend', () => {
	const link = (actedBy: string[], kind = 'summit') =>
		({ from: 'JPN', to: 'RUS', kind, events: [], actedBy }) as unknown as Parameters<
			typeof linkLegend
		>[0][number];
	it('keys the lines’ head once a line of the view has one, in every language', () => {
		const keys = (links: Parameters<typeof linkLegend>[0], locale?: 'ja') =>
			linkLegend(links, locale).map((entry) => [entry.key, entry.line, entry.label]);
		expect(keys([link(['JPN'])])).toEqual([
			['link-summit', 'solid', 'Summit'],
			['link-one-way', 'arrow', 'Arrow: from the side that acted, to the one it met or named']
		]);
		expect(keys([link(['JPN', 'RUS'])])).toEqual([['link-summit', 'solid', 'Summit']]);
		expect(keys([link(['JPN'])], 'ja').at(-1)).toEqual([
			'link-one-way',
			'arrow',
			'矢印：行動した側から、会談や言及の相手へ'
		]);
	});
});
