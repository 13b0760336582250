/**
 * The frame of a country's link-preview card: the country with its neighbours (as the live map
 * frames a selection, countryFrame), widened to the card map's shape so the country sits in the
 * middle rather than in a world where it cannot be found.
 */
import { countryFrame, type Box, type Frame } from '$lib/map/camera/frame';

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitudeAt = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
const LIMIT = mercatorY(80);

/**
 * `aspect`: the card's map, width over height (the 1200x630 card, legend beside: about 1.8).
 * `minSpan`: degrees of longitude at least, so a small country keeps a region round it.
 */
export function cardFrame(box: Box, aspect = 1.8, minSpan = 24): Frame {
	const [[west, south], [east, north]] = countryFrame(box, minSpan);
	const width = ((east - west) * Math.PI) / 180;
	const [bottom, top] = [mercatorY(south), mercatorY(north)];
	const height = top - bottom;
	if (width / height < aspect) {
		// Too tall: wider, round the middle.
		const middle = (west + east) / 2;
		const half = ((height * aspect) / 2) * (180 / Math.PI);
		return [
			[middle - half, south],
			[middle + half, north]
		];
	}
	// Too wide: taller, round the middle, kept off the poles (and moved rather than cut there).
	const wanted = Math.min(width / aspect, 2 * LIMIT);
	let low = (top + bottom) / 2 - wanted / 2;
	low = Math.max(-LIMIT, Math.min(low, LIMIT - wanted));
	return [
		[west, latitudeAt(low)],
		[east, latitudeAt(low + wanted)]
	];
}
