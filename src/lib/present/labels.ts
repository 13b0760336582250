/**
 * Country names on the handout's printed maps: each beside its country's point, on the first side
 * where it neither leaves the picture nor covers a name already placed. Type has no measure at
 * build time, so a name's width is estimated from its length (generous, for the widest letters).
 */
export interface LabelSpot {
	text: string;
	x: number;
	y: number;
}

export interface PlacedLabel extends LabelSpot {
	anchor: 'start' | 'end' | 'middle';
	/** The name's box: [left, top, right, bottom]. */
	box: [number, number, number, number];
	/** Set when the name stands away from its point: where a leader line goes back to. */
	leader?: [number, number];
}

interface Options {
	width: number;
	height: number;
	fontSize: number;
	/** Average letter width as a share of the font size. */
	letterWidth?: number;
}

const GAP = 5;

/**
 * Where a name may go, nearest first: right, left, above and below its point, then the same
 * sides further out (with a leader line back to the point) when neighbours crowd it.
 */
function candidates(spot: LabelSpot, textWidth: number, size: number): PlacedLabel[] {
	const { x, y } = spot;
	const half = textWidth / 2;
	const place = (
		anchor: PlacedLabel['anchor'],
		tx: number,
		baseline: number,
		left: number,
		leader: boolean
	): PlacedLabel => ({
		...spot,
		anchor,
		x: tx,
		y: baseline,
		box: [left, baseline - size * 0.8, left + textWidth, baseline + size * 0.25],
		...(leader ? { leader: [x, y] as [number, number] } : {})
	});
	return [0, 1, 2, 3].flatMap((ring) => {
		const away = GAP + ring * size * 1.1;
		const leader = ring > 0;
		return [
			place('start', x + away, y + size * 0.3, x + away, leader),
			place('end', x - away, y + size * 0.3, x - away - textWidth, leader),
			place('middle', x, y - away, x - half, leader),
			place('middle', x, y + away + size * 0.8, x - half, leader)
		];
	});
}

/** Japanese (and other full-width) characters are about as wide as the type is tall. */
const WIDE =
	/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A label's width in the picture: narrow letters at `letterWidth` ems, wide ones at one em. */
export function labelWidth(text: string, fontSize: number, letterWidth: number): number {
	let ems = 0;
	for (const character of text) ems += WIDE.test(character) ? 1 : letterWidth;
	return ems * fontSize;
}

const overlaps = (a: PlacedLabel['box'], b: PlacedLabel['box']) =>
	a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Places the spots in the order given (most important first); spots outside the picture are left out. */
export function placeLabels(spots: readonly LabelSpot[], options: Options): PlacedLabel[] {
	const { width, height, fontSize, letterWidth = 0.62 } = options;
	const placed: PlacedLabel[] = [];
	for (const spot of spots) {
		if (spot.x < 0 || spot.y < 0 || spot.x > width || spot.y > height) continue;
		const options = candidates(spot, labelWidth(spot.text, fontSize, letterWidth), fontSize);
		const inside = options.filter(
			({ box }) => box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height
		);
		const free = inside.find(({ box }) => placed.every((p) => !overlaps(p.box, box)));
		const chosen = free ?? inside[0];
		if (chosen) placed.push(chosen);
	}
	return placed;
}

export { overlaps as labelsOverlap };
