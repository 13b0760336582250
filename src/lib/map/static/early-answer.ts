/**
 * The world's first answer: before the page's script has been read and run, the world in the
 * page's HTML already shows the map's tooltip for the country under the pointer or the keyboard's
 * focus (its countries are links, so a click or Enter already opens them). The build bundles this
 * module, with what it imports, into the small script the server writes right after the world
 * (early-answer.iife.ts, first-paint.ts): it finds the country as StaticMap does (world-hover.ts)
 * and places the tooltip as the map does (tooltip-place.ts). Its tooltip has the map's own look
 * (.map-tooltip) and words (the world's `data-tip`), and StaticMap takes it over when the page's
 * script starts.
 */
import { tooltipTransform } from '../camera/tooltip-place';
import { hoverOf, shapeAtFocus, shapeAtPointer, type ShapeAt } from './world-hover';
import { roveTo } from './roving';
/** What the map's tooltip says of a country's shape: the words the world carries for it. */
function tipLines(world: Element, shape: Element, name: string): [string, ...string[]] {
	const said =
		shape.closest('a')?.querySelector('[data-tip]')?.getAttribute('data-tip') ??
		`${name}\n${world.getAttribute('data-tip-others') ?? ''}`;
	const [title = name, ...lines] = said.split('\n');
	return [title, ...lines];
}

export function answerBeforeScript(holder: HTMLElement): void {
	const world = holder.querySelector('svg');
	if (!world) return;
	// One Tab stop for the whole world from the start (the page's script adds the arrow keys).
	roveTo(world, world.getAttribute('data-walk')?.split(' ') ?? [], null);
	const tip = document.createElement('div');
	tip.className = 'map-tooltip floating-card';
	tip.setAttribute('role', 'tooltip');
	tip.setAttribute('data-early-tip', '');
	tip.hidden = true;
	holder.append(tip);

	const hide = () => {
		tip.hidden = true;
	};
	/** Shows what the map's tooltip says of a country's shape, at a point of the holder. */
	const show = (at: ShapeAt | null) => {
		const hover = at && hoverOf(at);
		if (!at || !hover?.iso3) return hide();
		const { iso3, x, y } = hover;
		const name = hover.name || iso3;
		const [title, ...lines] = tipLines(world, at.shape, name);
		const heading = document.createElement('strong');
		heading.textContent = title;
		tip.replaceChildren(
			heading,
			...lines.map((line) => {
				const span = document.createElement('span');
				span.textContent = line;
				return span;
			})
		);
		const box = holder.getBoundingClientRect();
		tip.style.left = `${x}px`;
		tip.style.top = `${y}px`;
		tip.style.transform = tooltipTransform(x, y, box.width, box.height);
		// What the page's script needs to show the same, when it takes over.
		tip.setAttribute('data-iso3', iso3);
		tip.setAttribute('data-name', name);
		tip.setAttribute('data-x', String(x));
		tip.setAttribute('data-y', String(y));
		tip.hidden = false;
		// Measured once shown, it stays wholly inside the map.
		const size = { width: tip.offsetWidth, height: tip.offsetHeight };
		tip.style.transform = tooltipTransform(x, y, box.width, box.height, size);
	};
	// Once the page's script has taken the tooltip away, these listeners do nothing.
	holder.addEventListener('pointermove', (event) => {
		if (tip.isConnected) show(shapeAtPointer(holder, event));
	});
	holder.addEventListener('pointerleave', hide);
	holder.addEventListener('focusin', (event) => {
		const at = tip.isConnected && shapeAtFocus(holder, event);
		if (at) show(at);
	});
	holder.addEventListener('focusout', hide);
}
