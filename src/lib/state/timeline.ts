/**
 * The timeline's stops placed in proportion to time, so the six quiet years between 2007 and 2013
 * look as long as they were. Positions are months since the first stop; the last stop is the
 * document's own date (the whole document).
 */

/** Months from `from` to `to`, both `YYYY-MM`. */
export function monthsBetween(from: string, to: string): number {
	const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
	const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
	return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}

/** Each stop's position, in months since the first; the document's date comes last. */
export function stopPositions(months: readonly string[], documentMonth: string): number[] {
	const first = months[0] ?? documentMonth;
	return [...months, documentMonth].map((month) => monthsBetween(first, month));
}

/** The stop nearest a position on the track (a drag lands between stops). */
export function nearestStop(positions: readonly number[], position: number): number {
	let best = 0;
	positions.forEach((p, i) => {
		if (Math.abs(p - position) < Math.abs(positions[best]! - position)) best = i;
	});
	return best;
}

/** Years that start on the track, with their position as a share (0–1) of its length. */
export function yearTicks(first: string, last: string): { year: number; at: number }[] {
	const span = monthsBetween(first, last);
	const ticks = [];
	for (let year = Number(first.slice(0, 4)) + 1; year <= Number(last.slice(0, 4)); year++) {
		ticks.push({ year, at: monthsBetween(first, `${year}-01`) / span });
	}
	return ticks;
}
