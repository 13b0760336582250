/**
 * The world in the page's HTML as one Tab stop: its countries stay links (they open with no script
 * at all), but only one of them is in the Tab order at a time, and the arrow keys move between
 * them in the map's walking order (walkOrder, live/keyboard.ts), as on the live map.
 */
import { intoFrame } from '../camera/frame';

/** A country's link in the world, if the country is in the data. */
export function linkOf(world: ParentNode, iso3: string): SVGAElement | HTMLAnchorElement | null {
	const shape = world.querySelector(`a > [data-iso3="${CSS.escape(iso3)}"]`);
	return (shape?.parentElement as SVGAElement | null) ?? null;
}

/** The country of a link (or of a shape in one). */
export function countryOfLink(target: EventTarget | null): string | null {
	const link = (target as Element | null)?.closest?.('a');
	return link?.querySelector('[data-iso3]')?.getAttribute('data-iso3') ?? null;
}

/**
 * Makes `iso3`'s link the world's one Tab stop (or the first of `order` when it has none); every
 * other link leaves the Tab order. Returns the country that holds the stop.
 */
export function roveTo(
	world: ParentNode,
	order: readonly string[],
	iso3: string | null
): string | null {
	const stop = [iso3, ...order].find((c) => c !== null && linkOf(world, c)) ?? null;
	const link = stop ? linkOf(world, stop) : null;
	for (const each of world.querySelectorAll('a')) {
		each.setAttribute('tabindex', each === link ? '0' : '-1');
	}
	return stop;
}

/** Where each country of the world sits west to east: its name point's longitude (data-label). */
export function longitudeInWorld(world: ParentNode): (iso3: string) => number | undefined {
	const lngs = new Map<string, number>();
	for (const shape of world.querySelectorAll('[data-label]')) {
		const lng = Number(shape.getAttribute('data-label')?.split(' ')[0]);
		const iso3 = shape.getAttribute('data-iso3');
		if (iso3 && Number.isFinite(lng)) lngs.set(iso3, intoFrame(lng));
	}
	return (iso3) => lngs.get(iso3);
}
