/**
 * Whether two names, each with its leader line if called out, can stand on the same map.
 */
import { overlaps, type ScreenBox } from './callouts';
import { segmentCrossesBox, segmentsCross, type Point } from './segments';

/** A name's place as the search weighs it: its box and, if called out, its leader line. */
export interface PlacedName {
	box: ScreenBox;
	leader?: [Point, Point];
}

/**
 * How far apart, as a share of a name's height, two names on one line must stand: closer, a
 * reader takes them for one name ("Japan United States").
 */
export const SAME_LINE_GAP = 0.75;

/** Whether two names share a line and stand closer than SAME_LINE_GAP along it. */
function tooCloseOnALine(a: ScreenBox, b: ScreenBox): boolean {
	const gap = SAME_LINE_GAP * Math.min(a.bottom - a.top, b.bottom - b.top);
	const shareALine = a.top < b.bottom && b.top < a.bottom;
	return shareALine && a.left < b.right + gap && b.left < a.right + gap;
}

/**
 * Whether two placed names can stand together: boxes apart (side by side on one line, a word's
 * space and more apart), no leader through the other name or
 * across the other leader; and where one country lies more north of the other than beside it
 * (the two Koreas), their names, called out one above the other, stack the same way.
 */
export function compatible(a: PlacedName, b: PlacedName): boolean {
	if (overlaps(a.box, b.box) || tooCloseOnALine(a.box, b.box)) return false;
	if (stackedAgainst(a, b, 1)) return false;
	if (a.leader && segmentCrossesBox(a.leader[0], a.leader[1], b.box)) return false;
	if (b.leader && segmentCrossesBox(b.leader[0], b.leader[1], a.box)) return false;
	if (a.leader && b.leader && segmentsCross(a.leader[0], a.leader[1], b.leader[0], b.leader[1]))
		return false;
	return true;
}

/**
 * Whether two called-out names, one above the other, stack against the way their countries lie:
 * the more northern country's name below. Where one country lies clearly north of the other,
 * though more beside it than above it (North Korea and Japan), a reader follows the names down
 * the way the countries run, and a name below its southern neighbour's reads as that
 * neighbour's, its line running across it. The search weighs this against a name's place
 * rather than forbidding it (compatible forbids it only where one lies more north than beside),
 * so a name is never hidden for its order alone.
 */
export function stackedAgainstLie(a: PlacedName, b: PlacedName): boolean {
	return stackedAgainst(a, b, NORTH_OF);
}

/** How far north (as a share of how far beside) one country must lie for its name to stack above. */
const NORTH_OF = 0.25;

/**
 * Whether two called-out names, one above the other, stack against their countries where one
 * lies further north of the other than `northOf` times as far as it lies beside it.
 */
function stackedAgainst(a: PlacedName, b: PlacedName, northOf: number): boolean {
	if (!a.leader || !b.leader) return false;
	if (!(a.box.left < b.box.right && b.box.left < a.box.right)) return false;
	const [from, to] = [a.leader[0], b.leader[0]];
	const south = to.y - from.y;
	if (Math.abs(south) <= northOf * Math.abs(to.x - from.x)) return false;
	return south * (b.box.top - a.box.top) < 0;
}
