import { expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import { latitudeAt, mercatorInverse, mercatorWidth, mercatorY } from './mercator';

it('draws the equator at 0 and stretches the north as Web Mercator does', () => {
	expect(mercatorY(0)).toBeCloseTo(0, 12);
	// MapLibre's world is square: its top edge, 85.0511°N, is drawn π radii north of the equator.
	expect(mercatorY(85.0511287798)).toBeCloseTo(Math.PI, 6);
	// 60°N is 1.3170 radii north (ln(tan(75°))); the south mirrors the north.
	expect(mercatorY(60)).toBeCloseTo(1.317, 3);
	expect(mercatorY(-60)).toBeCloseTo(-1.317, 3);
});

it('turns a height back into its latitude', () => {
	for (const lat of [-70, -33.9, 0, 12.5, 51.5, 76])
		expect(latitudeAt(mercatorY(lat))).toBeCloseTo(lat, 9);
});

it('gives half a turn of longitude π radii of width', () => {
	expect(mercatorWidth(180)).toBeCloseTo(Math.PI, 12);
});

it('finds the way back from a Mercator map’s screen to places from its projection alone', () => {
	// d3's Web Mercator at MapLibre's zoom 2 (a 2048 px world), its top left at 100°E, 60°N.
	const zoom2 = geoMercator()
		.scale(2048 / (2 * Math.PI))
		.translate([1024, 1024]);
	const [left, top] = zoom2([100, 60])!;
	const toScreen = (at: [number, number]) => {
		const [x, y] = zoom2(at)!;
		return { x: x - left, y: y - top };
	};
	const back = mercatorInverse(toScreen);
	for (const at of [
		[127, 40],
		[155, 49],
		[-170, -30]
	] as [number, number][]) {
		const [lng, lat] = back(toScreen(at));
		expect(lng).toBeCloseTo(at[0], 6);
		expect(lat).toBeCloseTo(at[1], 6);
	}
});
