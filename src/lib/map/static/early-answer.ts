/**
 * The world's first answer: before the page's script has been read and run, the world in the
 * page's HTML already shows the map's tooltip for the country under the pointer or the keyboard's
 * focus (its countries are links, so a click or Enter already opens them). The server writes this
 * function into the HTML right after the world (first-paint.ts), so it stands alone: no imports,
 * nothing from outside its body. Its tooltip has the map's own look (.map-tooltip) and words (the
 * world's `data-tip`), and StaticMap takes it over when the page's script starts.
 */
export interface EarlyAnswerOptions {
	/** TOOLTIP_PLACE, as the map's tooltip stands. */
	gap: number;
	flipRight: number;
	flipBottom: number;
}

export function answerBeforeScript(holder: HTMLElement, place: EarlyAnswerOptions): void {
	const world = holder.querySelector('svg');
	if (!world) return;
	const tip = document.createElement('div');
	tip.className = 'map-tooltip floating-card';
	tip.setAttribute('role', 'tooltip');
	tip.setAttribute('data-early-tip', '');
	tip.hidden = true;
	holder.append(tip);

	const away = (flip: boolean) => (flip ? `calc(-100% - ${place.gap}px)` : `${place.gap}px`);
	const hide = () => {
		tip.hidden = true;
	};
	/** Shows what the map's tooltip says of a country's shape, at a point of the holder. */
	const show = (shape: Element | null, x: number, y: number) => {
		const iso3 = shape?.getAttribute('data-iso3');
		if (!shape || !iso3) return hide();
		const name = shape.getAttribute('data-name') ?? iso3;
		const said =
			shape.closest('a')?.querySelector('[data-tip]')?.getAttribute('data-tip') ??
			`${name}\n${world.getAttribute('data-tip-others') ?? ''}`;
		const [title = name, ...lines] = said.split('\n');
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
		tip.style.transform = `translate(${away(x > box.width - place.flipRight)}, ${away(y > box.height - place.flipBottom)})`;
		// What the page's script needs to show the same, when it takes over.
		tip.setAttribute('data-iso3', iso3);
		tip.setAttribute('data-name', name);
		tip.setAttribute('data-x', String(x));
		tip.setAttribute('data-y', String(y));
		tip.hidden = false;
	};
	// Once the page's script has taken the tooltip away, these listeners do nothing.
	holder.addEventListener('pointermove', (event) => {
		if (!tip.isConnected) return;
		const box = holder.getBoundingClientRect();
		const target = event.target as Element;
		show(target.closest('[data-iso3]'), event.clientX - box.left, event.clientY - box.top);
	});
	holder.addEventListener('pointerleave', hide);
	holder.addEventListener('focusin', (event) => {
		if (!tip.isConnected) return;
		const shape = (event.target as Element).querySelector('path[data-iso3]');
		if (!shape) return;
		const box = holder.getBoundingClientRect();
		const at = shape.getBoundingClientRect();
		show(shape, at.left + at.width / 2 - box.left, at.top + at.height / 2 - box.top);
	});
	holder.addEventListener('focusout', hide);
}
