import { expect, it } from 'vitest';
import type { Size } from '../camera/view-box';
import { leaderPathData, worldNames } from './world-names';
import { boxOf } from './world-view';

/** A world whose markup has North Korea and Japan (Japan's point east of 180° as it is drawn). */
const shapes: Record<string, Record<string, string>> = {
	PRK: { 'data-label': '127 40', 'data-bbox': '124.3 37.7 130.7 43', 'data-name': 'N. K.' },
	JPN: { 'data-label': '-222 36.5', 'data-name': 'Japan' },
	LBN: { 'data-label': '35.9 33.9', 'data-name': 'Lebanon' }
};
const world = {
	querySelector: (selector: string) => {
		const attributes = shapes[selector.match(/data-iso3="(\w+)"/)?.[1] ?? ''];
		return attributes && { getAttribute: (name: string) => attributes[name] ?? null };
	}
} as unknown as ParentNode;
const label = () => ({ style: {}, hidden: false }) as HTMLSpanElement;

it('reads a selected country’s box from the world’s markup', () => {
	expect(boxOf(world, 'PRK')).toEqual([124.3, 37.7, 130.7, 43]);
	expect(boxOf(world, 'KOR')).toBeUndefined();
});

it('names the callouts’ countries the world has, in the page’s names, hidden until placed', () => {
	const names = worldNames(
		world,
		{ names: new Map([['PRK', 'North Korea']]), shortNames: true },
		undefined,
		label
	);
	expect(names.map((n) => [n.callout.iso3, n.name, n.at])).toEqual([
		['PRK', 'North Korea', [127, 40]],
		// A point a turn west of the frame is moved into it.
		['JPN', 'Japan', [138, 36.5]]
	]);
	expect(names.every((n) => n.label.hidden && n.label.style.position === 'absolute')).toBe(true);
	expect(names[0]!.callout.short).toBe('N. Korea');
});

it('keeps the full names where the page asks for no short ones', () => {
	const [north] = worldNames(world, { shortNames: false }, undefined, label);
	expect(north!.callout.short).toBeUndefined();
	// Without the page's names, the world's own.
	expect(north!.name).toBe('N. K.');
});

it('draws a leader line through its points in the world’s units', () => {
	const size: Size = { width: 355, height: 200 };
	// The world frame runs 355° from 25°W: one unit a degree across.
	const [d] = leaderPathData(
		[
			[
				[-25, 76],
				[330, 76]
			]
		],
		size
	);
	expect(d).toMatch(/^M0,0L355,0$/);
});

it('names the selected country too, searched for round its own point', () => {
	const names = worldNames(
		world,
		{ names: new Map([['LBN', 'Liban']]), shortNames: true, selected: 'LBN' },
		undefined,
		label
	);
	const lebanon = names.find((n) => n.callout.iso3 === 'LBN');
	expect(lebanon?.name).toBe('Liban');
	const [lng, lat] = lebanon!.at;
	expect(lng).toBeCloseTo(35.9, 9);
	expect(lat).toBe(33.9);
	// It has no designed place at sea: the search looks round its own point.
	expect(lebanon?.callout.at).toBeUndefined();
	// Unselected, it is not named; a selected Japan is named once.
	expect(
		worldNames(world, { shortNames: true }, undefined, label).map((n) => n.callout.iso3)
	).toEqual(['PRK', 'JPN']);
	expect(
		worldNames(world, { shortNames: true, selected: 'JPN' }, undefined, label).map(
			(n) => n.callout.iso3
		)
	).toEqual(['PRK', 'JPN']);
});
