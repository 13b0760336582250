/**
 * Which of the SVG world's countries the pointer or the keyboard's focus is on, and where, in the
 * holder's pixels. One rule for the world's two answers: StaticMap's, and the first answer the
 * page gives before its script has run (early-answer.ts, bundled with this module).
 */

/** A country under the pointer or focus, at a point relative to the map's box. */
export interface StaticHover {
	iso3: string;
	name: string;
	x: number;
	y: number;
}

/** A country's shape (a path, or a small country's dot) and the point the tooltip goes to. */
export interface ShapeAt {
	shape: Element;
	x: number;
	y: number;
}

type Holder = Pick<Element, 'getBoundingClientRect'>;

/** The country shape an event happened on: the element itself or the one it is in. */
export function shapeOfTarget(target: EventTarget | null): Element | null {
	return (target as Element | null)?.closest?.('[data-iso3]') ?? null;
}

/** The country under the pointer, at the pointer. */
export function shapeAtPointer(
	holder: Holder,
	event: Pick<PointerEvent, 'target' | 'clientX' | 'clientY'>
): ShapeAt | null {
	const shape = shapeOfTarget(event.target);
	if (!shape) return null;
	const box = holder.getBoundingClientRect();
	return { shape, x: event.clientX - box.left, y: event.clientY - box.top };
}

/** Focus has no point: the tooltip goes to the middle of the focused link's country shape. */
export function shapeAtFocus(holder: Holder, event: Pick<FocusEvent, 'target'>): ShapeAt | null {
	const shape = (event.target as Element | null)?.querySelector?.('path[data-iso3]');
	if (!shape) return null;
	const box = holder.getBoundingClientRect();
	const at = shape.getBoundingClientRect();
	return {
		shape,
		x: at.left + at.width / 2 - box.left,
		y: at.top + at.height / 2 - box.top
	};
}

/** What the map's tooltip is told of a shape: its country's code and name, and the point. */
export function hoverOf({ shape, x, y }: ShapeAt): StaticHover {
	return {
		iso3: shape.getAttribute('data-iso3') ?? '',
		name: shape.getAttribute('data-name') ?? '',
		x,
		y
	};
}

/**
 * The first answer's tooltip (early-answer.ts), taken away when the page's script starts: what it
 * was showing, if anything, for the map's own tooltip to show in its place.
 */
export function takeEarlyTip(holder: ParentNode): StaticHover | null {
	const early = holder.querySelector<HTMLElement>('[data-early-tip]');
	if (!early) return null;
	early.remove();
	const { iso3, name = '', x, y } = early.dataset;
	return !early.hidden && iso3 ? { iso3, name, x: Number(x), y: Number(y) } : null;
}
