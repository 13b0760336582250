/**
 * Outlines countries on a world drawn in the page (the static map's SVG): the answer on the
 * projected slide, the marked countries on a student's map. A class on the shapes, so the map's
 * own painting (colours, the selected country) is left as it is.
 */
export const OUTLINE_CLASS = 'lesson-outline';

export function outlineCountries(svg: SVGSVGElement, codes: ReadonlySet<string>): void {
	for (const shape of svg.querySelectorAll<SVGElement>('path[data-iso3], circle[data-iso3]')) {
		shape.classList.toggle(OUTLINE_CLASS, codes.has(shape.dataset.iso3 ?? ''));
		// A small country's dot shows while it is outlined, even where the map leaves it grey.
		if (shape instanceof SVGCircleElement && codes.has(shape.dataset.iso3 ?? ''))
			shape.setAttribute('display', 'inline');
	}
}

/** Calls back with the world's SVG inside `root` as soon as the map has it. */
export function whenWorld(root: Element, found: (svg: SVGSVGElement) => void): () => void {
	const look = () => root.querySelector<SVGSVGElement>('.static-holder svg');
	const now = look();
	if (now) {
		found(now);
		return () => {};
	}
	const watch = new MutationObserver(() => {
		const svg = look();
		if (!svg) return;
		watch.disconnect();
		found(svg);
	});
	watch.observe(root, { childList: true, subtree: true });
	return () => watch.disconnect();
}
