/**
 * An action that keeps an element at the tallest height it has had at its width while `held`:
 * boxes whose words change with the timeline's date (the caption over the map, the panel's note
 * on the date) then never shrink between dates, so what lies under them stays put. At a new
 * width the words wrap anew and the box is measured afresh; let go, it takes its own height.
 */
export function keepTallest(node: HTMLElement, held: boolean) {
	let active = held;
	let width = -1;
	let tallest = 0;
	const measure = () => {
		if (!active) return;
		if (node.offsetWidth !== width) {
			width = node.offsetWidth;
			node.style.minHeight = '';
			tallest = 0;
		}
		tallest = Math.max(tallest, node.offsetHeight);
		node.style.minHeight = `${tallest}px`;
	};
	// Growth and a new width change the box's size; a shrink the hold prevents does not.
	const observer = new ResizeObserver(measure);
	observer.observe(node);
	measure();
	return {
		update(next: boolean) {
			active = next;
			if (active) return measure();
			width = -1;
			node.style.minHeight = '';
		},
		destroy() {
			observer.disconnect();
		}
	};
}
