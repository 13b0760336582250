import { expect, it } from 'vitest';
import { scaleWorld } from './paint-world';

/** Just the world's two hatch patterns (single and crossed) and class list. */
function fakeWorld() {
	const single: Record<string, string> = {};
	const crossed: Record<string, string> = {};
	const patterns = [single, crossed];
	const asElement = (attributes: Record<string, string>) => ({
		setAttribute: (name: string, value: string) => (attributes[name] = value)
	});
	const attributes = single;
	const classes = new Set<string>();
	const svg = {
		querySelector: () => asElement(single),
		querySelectorAll: () => patterns.map(asElement),
		classList: {
			toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name))
		}
	} as unknown as SVGSVGElement;
	return { svg, attributes, patterns, classes };
}

it('keeps the hatch’s spacing at every scale', () => {
	const { svg, attributes } = fakeWorld();
	scaleWorld(svg, 4, 2);
	expect(attributes.patternTransform).toBe('rotate(45) scale(0.25)');
});

it('keeps the cross-hatch’s spacing too (China’s, at a country’s zoom)', () => {
	const { svg, patterns } = fakeWorld();
	scaleWorld(svg, 8, 4);
	expect(patterns.map((pattern) => pattern.patternTransform)).toEqual([
		'rotate(45) scale(0.125)',
		'rotate(45) scale(0.125)'
	]);
});

it('hides the small countries’ dots from zoom 3.5 in, as the live map does', () => {
	const { svg, classes } = fakeWorld();
	scaleWorld(svg, 1, 3.4);
	expect(classes.has('zoomed-in')).toBe(false);
	scaleWorld(svg, 1, 3.5);
	expect(classes.has('zoomed-in')).toBe(true);
	scaleWorld(svg, 1, 1);
	expect(classes.has('zoomed-in')).toBe(false);
});
