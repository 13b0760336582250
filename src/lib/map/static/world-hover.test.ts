import { describe, expect, it } from 'vitest';
import { hoverOf, shapeAtFocus, shapeAtPointer, shapeOfTarget, takeEarlyTip } from './world-hover';

/** Just enough of the DOM: a holder at (100, 50) and a country shape inside a link. */
const holder = { getBoundingClientRect: () => ({ left: 100, top: 50 }) as DOMRect };
const attributes: Record<string, string> = { 'data-iso3': 'KOR', 'data-name': 'South Korea' };
const korea = {
	getAttribute: (name: string) => attributes[name] ?? null,
	closest: (selector: string) => (selector === '[data-iso3]' ? korea : null),
	getBoundingClientRect: () => ({ left: 300, top: 150, width: 20, height: 40 }) as DOMRect
} as unknown as Element;
const label = { closest: () => null } as unknown as Element;
const link = {
	querySelector: (selector: string) => (selector === 'path[data-iso3]' ? korea : null)
} as unknown as Element;

describe('the SVG world’s answer to the pointer', () => {
	it('finds the country under the pointer, at the pointer in the holder’s pixels', () => {
		const at = shapeAtPointer(holder, { target: korea, clientX: 310, clientY: 170 });
		expect(at).toEqual({ shape: korea, x: 210, y: 120 });
		expect(hoverOf(at!)).toEqual({ iso3: 'KOR', name: 'South Korea', x: 210, y: 120 });
	});

	it('finds nothing over the sea or a name', () => {
		expect(shapeAtPointer(holder, { target: label, clientX: 0, clientY: 0 })).toBeNull();
		expect(shapeOfTarget(null)).toBeNull();
	});
});

describe('the SVG world’s answer to the keyboard', () => {
	it('points at the middle of the focused link’s country', () => {
		expect(shapeAtFocus(holder, { target: link })).toEqual({ shape: korea, x: 210, y: 120 });
	});

	it('finds nothing when the focus is not on a country’s link', () => {
		expect(shapeAtFocus(holder, { target: label })).toBeNull();
	});
});

describe('the first answer’s tooltip, when the page’s script starts', () => {
	const holderWith = (tip: { hidden: boolean; dataset: Record<string, string> } | null) => {
		const removed: unknown[] = [];
		const early = tip && { ...tip, remove: () => removed.push(tip) };
		const holder = { querySelector: () => early } as unknown as ParentNode;
		return { holder, removed };
	};

	it('is taken away, and what it showed is handed on', () => {
		const { holder, removed } = holderWith({
			hidden: false,
			dataset: { iso3: 'KOR', name: 'South Korea', x: '12', y: '34' }
		});
		expect(takeEarlyTip(holder)).toEqual({ iso3: 'KOR', name: 'South Korea', x: 12, y: 34 });
		expect(removed).toHaveLength(1);
	});

	it('hands on nothing when it was hidden or never there', () => {
		const hidden = holderWith({ hidden: true, dataset: { iso3: 'KOR', x: '1', y: '2' } });
		expect(takeEarlyTip(hidden.holder)).toBeNull();
		expect(hidden.removed).toHaveLength(1);
		expect(takeEarlyTip(holderWith(null).holder)).toBeNull();
	});
});
