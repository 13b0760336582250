/** Moving through the map's countries with the keyboard: west to east, wrapping at either end. */

export interface PlacedCountry {
	iso3: string;
	lng: number;
}

export function westToEast(places: readonly PlacedCountry[]): string[] {
	return [...places]
		.sort((a, b) => a.lng - b.lng || a.iso3.localeCompare(b.iso3))
		.map((p) => p.iso3);
}

/** The next (delta 1) or previous (-1) country; from nothing, the first or the last. */
export function step(
	order: readonly string[],
	current: string | null,
	delta: 1 | -1
): string | null {
	if (order.length === 0) return null;
	const index = current === null ? -1 : order.indexOf(current);
	if (index === -1) return delta === 1 ? order[0]! : order[order.length - 1]!;
	return order[(index + delta + order.length) % order.length]!;
}
