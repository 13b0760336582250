/**
 * The key's rows while the timeline is at a date. Kinds of line, and the US case, come into the
 * key as the date reaches them; a key that grew at each would move the world fitted beside it
 * (camera/world-fit.ts) during Play. So while the reader moves the timeline the key keeps the room
 * of every date's key merged (mergedKey): an entry not yet drawn keeps its place, unseen (neither
 * shown nor read), as the caption's countries do (data/caption.ts).
 */
import type { LegendEntry } from './palette';

export interface KeyRow extends LegendEntry {
	/** Not drawn at this date: the row keeps its place and is not shown. */
	unseen: boolean;
}

/**
 * One key holding every entry of `keys`, each in its place: an entry the merged key lacks goes
 * just before the first entry after it in its own key that the merged key has (a visit's line
 * before the congressional step it precedes, so after the summit the whole key lists first),
 * else just after the last before it, else at the end. Merging the keys of every date on the
 * timeline gives the room a dated key keeps.
 */
export function mergedKey(keys: readonly (readonly LegendEntry[])[]): LegendEntry[] {
	const merged: LegendEntry[] = [];
	const at = (key: string) => merged.findIndex((known) => known.key === key);
	for (const key of keys) {
		key.forEach((entry, i) => {
			if (at(entry.key) >= 0) return;
			const next = key.slice(i + 1).find((later) => at(later.key) >= 0);
			const previous = key
				.slice(0, i)
				.reverse()
				.find((earlier) => at(earlier.key) >= 0);
			const place = next ? at(next.key) : previous ? at(previous.key) + 1 : merged.length;
			merged.splice(place, 0, entry);
		});
	}
	return merged;
}

/**
 * `entries` (what the map draws) in the order of `room` (every date's key merged), with the
 * room's other entries unseen; null room: the entries alone. An entry the room lacks comes last.
 */
export function keyRows(
	entries: readonly LegendEntry[],
	room: readonly LegendEntry[] | null = null
): KeyRow[] {
	const seen = (entry: LegendEntry): KeyRow => ({ ...entry, unseen: false });
	if (!room) return entries.map(seen);
	const drawn = new Map(entries.map((entry) => [entry.key, entry]));
	const roomKeys = new Set(room.map((entry) => entry.key));
	return [
		...room.map((entry) => {
			const shown = drawn.get(entry.key);
			return shown ? seen(shown) : { ...entry, unseen: true };
		}),
		...entries.filter((entry) => !roomKeys.has(entry.key)).map(seen)
	];
}
