import { expect, it } from 'vitest';
import { scaleWorld } from './paint-world';

/** A fake element: its attributes and classes. */
function fakeElement(attributes: Record<string, string> = {}) {
	const classes = new Set<string>();
	return {
		attributes,
		classes,
		getAttribute: (name: string) => attributes[name] ?? null,
		setAttribute: (name: string, value: string) => (attributes[name] = value),
		classList: {
			toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name))
		}
	};
}

/**
 * The world's two hatch patterns (single and crossed) and one small country's dot, beside its
 * shape (Lebanon's box).
 */
function fakeWorld() {
	const patterns = [fakeElement(), fakeElement()];
	const shape = fakeElement({ 'data-bbox': '35.1 33.05 36.6 34.69' });
	const dot = { ...fakeElement(), parentElement: { querySelector: () => shape } };
	// A line's head: its tip at (500, 200), pointing south-east, on a line 20 units long.
	const head = fakeElement({ 'data-head-at': '500 200 45 20' });
	const all: Record<string, unknown[]> = {
		pattern: patterns,
		'circle[data-iso3]': [dot],
		'path[data-head-at]': [head]
	};
	const svg = {
		...fakeElement(),
		querySelectorAll: (selector: string) => all[selector] ?? []
	} as unknown as SVGSVGElement;
	return { svg, patterns, dot, head };
}

it('keeps the hatch’s spacing at every scale', () => {
	const { svg, patterns } = fakeWorld();
	scaleWorld(svg, 4, 2);
	expect(patterns[0]!.attributes.patternTransform).toBe('rotate(45) scale(0.25)');
});

it('keeps the cross-hatch’s spacing too (China’s, at a country’s zoom)', () => {
	const { svg, patterns } = fakeWorld();
	scaleWorld(svg, 8, 4);
	expect(patterns.map((pattern) => pattern.attributes.patternTransform)).toEqual([
		'rotate(45) scale(0.125)',
		'rotate(45) scale(0.125)'
	]);
});

it('draws a small country’s dot as the live map does at every scale: a 5 px disc in a 1 px ring', () => {
	// The ring's middle lies 5.5 px out, so the disc inside it is 5 px and the ring ends at 6.
	const { svg, dot } = fakeWorld();
	scaleWorld(svg, 0.5, 1);
	expect(dot.attributes.r).toBe('11');
	scaleWorld(svg, 4, 2);
	expect(dot.attributes.r).toBe('1.375');
});

it('drops Lebanon’s dot once Lebanon itself is large enough to point at', () => {
	const { svg, dot } = fakeWorld();
	scaleWorld(svg, 1, 1.3);
	expect(dot.classes.has('given-way')).toBe(false);
	scaleWorld(svg, 8, 3);
	expect(dot.classes.has('given-way')).toBe(true);
	scaleWorld(svg, 1, 1.3);
	expect(dot.classes.has('given-way')).toBe(false);
});

it('keeps a line’s head its size on screen, and drops it where its line is too short to carry it', () => {
	const { svg, head } = fakeWorld();
	// 4 px a unit: the line is 80 px long, a head (14 px) fits; a quarter of a unit a pixel.
	scaleWorld(svg, 4, 3);
	expect(head.attributes.transform).toBe('translate(500 200) rotate(45) scale(0.25)');
	expect(head.attributes.display).toBe('inline');
	// The world view on a phone, 0.4 px a unit: the line is 8 px, shorter than its head.
	scaleWorld(svg, 0.4, 0);
	expect(head.attributes.transform).toBe('translate(500 200) rotate(45) scale(2.5)');
	expect(head.attributes.display).toBe('none');
});
