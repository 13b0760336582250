import { expect, it } from 'vitest';
import { scaleWorld } from './paint-world';

/** Just the world's hatch pattern and class list. */
function fakeWorld() {
	const attributes: Record<string, string> = {};
	const classes = new Set<string>();
	const svg = {
		querySelector: () => ({
			setAttribute: (name: string, value: string) => (attributes[name] = value)
		}),
		classList: {
			toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name))
		}
	} as unknown as SVGSVGElement;
	return { svg, attributes, classes };
}

it('keeps the hatch’s spacing at every scale', () => {
	const { svg, attributes } = fakeWorld();
	scaleWorld(svg, 4, 2);
	expect(attributes.patternTransform).toBe('rotate(45) scale(0.25)');
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
