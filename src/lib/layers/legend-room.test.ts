import { expect, it } from 'vitest';
import { keyRows, mergedKey } from './legend-room';
import type { LegendEntry } from './palette';

const entry = (key: string, label = key): LegendEntry => ({
	key,
	label,
	colour: '#000000',
	hatched: false
});

it('without a room, lists what is drawn, all of it seen', () => {
	expect(keyRows([entry('a'), entry('b')]).map((row) => [row.key, row.unseen])).toEqual([
		['a', false],
		['b', false]
	]);
});

it('at a date, keeps the whole key’s order and room, what is not yet drawn unseen', () => {
	const whole = [entry('summit'), entry('congress'), entry('raised'), entry('arrow')];
	const rows = keyRows([entry('raised', 'Raised (now)'), entry('summit')], whole);
	expect(rows.map((row) => [row.key, row.unseen])).toEqual([
		['summit', false],
		['congress', true],
		['raised', false],
		['arrow', true]
	]);
	// A drawn entry keeps its own words, in the room's place.
	expect(rows[2]!.label).toBe('Raised (now)');
});

it('keeps an entry the whole key lacks, at the end', () => {
	expect(keyRows([entry('x'), entry('a')], [entry('a')]).map((row) => row.key)).toEqual(['a', 'x']);
});

it('merges the keys of every date, each entry after the one it follows there', () => {
	const keys = (...lists: string[][]) => lists.map((list) => list.map((key) => entry(key)));
	// A visit's line shows at one date only, before the pair's summit outranks it.
	const merged = mergedKey(
		keys(['summit', 'congress', 'arrow'], ['congress', 'visit', 'arrow'], ['raised', 'summit'])
	);
	expect(merged.map((e) => e.key)).toEqual(['raised', 'summit', 'congress', 'visit', 'arrow']);
	// Placed before what follows it, not straight after what precedes it: the whole key's summit
	// comes before the visit, as the key's kinds always run.
	const placed = mergedKey(
		keys(['japan', 'dprk', 'summit', 'congress'], ['japan', 'dprk', 'visit', 'congress'])
	);
	expect(placed.map((e) => e.key)).toEqual(['japan', 'dprk', 'summit', 'visit', 'congress']);
	expect(mergedKey([])).toEqual([]);
});
