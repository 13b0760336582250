/**
 * Leader lines, as the names' search weighs them: how long, and how much of them crosses other
 * countries' land.
 */
import type { PlacementView } from './search';
import type { Point } from './segments';

/**
 * How many pixels of a leader line may cross another country's land: enough to pass over a
 * shore or a narrow island, never enough to run across a country, where the line would read as
 * pointing at it (North Korea's name in the Indian Ocean, its leader over China and Vietnam).
 */
export const LEADER_OVER_LAND = 16;
/**
 * How many pixels of a leader line may cross other countries' land when its name has no place
 * otherwise: a small neighbour between the country and the nearest open sea wide enough for the
 * name (South Korea, on a phone's map of China, between North Korea and the East China Sea).
 * A name missing reads worse than a line over a neighbour, and the names are stacked as their
 * countries lie, so each line still finds its name; but a line across China stays out.
 */
export const LEADER_ACROSS_NEIGHBOUR = 28;
/**
 * How many pixels of a leader line may cross the land of another country the map names: a line
 * over Japan, on its way to North Korea's name, reads as pointing at Japan. One sample's worth
 * lets a line graze a coast. A name with no other place may still cross, as far as a neighbour
 * (LEADER_ACROSS_NEIGHBOUR).
 */
export const LEADER_OVER_NAMED = 4;
/** The leader lines are tested every this many pixels. */
const LEADER_SAMPLE = 4;

/** The pixels of a leader over the land of any country `counts`, sampled along it. */
export function leaderOverLand(
	leader: readonly [Point, Point],
	counts: (iso3: string) => boolean,
	view: PlacementView
): number {
	return leaderOverLands(leader, [counts], view)[0]!;
}

/** For each of `counts`, the pixels of a leader over the land of any country it counts. */
export function leaderOverLands(
	[from, to]: readonly [Point, Point],
	counts: readonly ((iso3: string) => boolean)[],
	view: PlacementView
): number[] {
	const length = leaderLength([from, to]);
	const over = counts.map(() => 0);
	for (let at = LEADER_SAMPLE / 2; at < length; at += LEADER_SAMPLE) {
		const x = from.x + ((to.x - from.x) * at) / length;
		const y = from.y + ((to.y - from.y) * at) / length;
		const under = view.countriesUnder({ left: x, top: y, right: x, bottom: y });
		counts.forEach((count, i) => {
			if (under.some(count)) over[i]! += LEADER_SAMPLE;
		});
	}
	return over;
}

/** A leader line's length in screen pixels. */
export function leaderLength([from, to]: readonly [Point, Point]): number {
	return Math.hypot(to.x - from.x, to.y - from.y);
}
