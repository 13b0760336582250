/**
 * Great-circle lines between two places, in one piece: longitudes are continued past ±180 (Tokyo
 * to Washington runs from 140 to 283) rather than cut, so on a map centred on the Pacific the line
 * crosses the ocean instead of leaving one edge and coming back at the other.
 */
import { geoInterpolate } from 'd3-geo';
import type { Position } from 'geojson';

export function greatCircle(
	from: [number, number],
	to: [number, number],
	steps = 48
): Position[][] {
	const interpolate = geoInterpolate(from, to);
	const line: Position[] = [];
	let previousLng = from[0];
	for (let i = 0; i <= steps; i++) {
		const [lng, lat] = interpolate(i / steps) as [number, number];
		// The turn nearest the previous point: no step is ever longer than half the world.
		const continued = lng + 360 * Math.round((previousLng - lng) / 360);
		line.push([continued, lat]);
		previousLng = continued;
	}
	return [line];
}

/** The same line moved by whole turns, so it starts where `start` says its first point lies. */
export function shiftLine(line: Position[], start: number): Position[] {
	const shift = start - line[0]![0]!;
	return line.map(([lng, lat]) => [lng! + shift, lat!]);
}

/**
 * The north the map's lines keep below: the Arctic Circle. A great circle between far places in
 * the north (the United States and Thailand) runs over the pole, off the top of the map's frame
 * and under the layer control; such a line is flattened towards its chord, keeping its ends and
 * its bend, until it stays south of it.
 */
export const LINE_CEILING = 66.5;

export function underCeiling(line: Position[], ceiling = LINE_CEILING): Position[] {
	const n = line.length - 1;
	if (n < 1) return line;
	const [, startLat] = line[0] as [number, number];
	const [, endLat] = line[n] as [number, number];
	const chord = (i: number) => startLat + ((endLat - startLat) * i) / n;
	const peak = Math.max(...line.map(([, lat]) => lat!));
	const chordPeak = Math.max(startLat, endLat);
	if (peak <= ceiling || chordPeak >= ceiling) return line;
	const k = (ceiling - chordPeak) / (peak - chordPeak);
	return line.map(([lng, lat], i) => {
		const base = chord(i);
		return [lng!, lat! > base ? base + k * (lat! - base) : lat!];
	});
}
