/**
 * The search for the names' places (placeNames): every place each name may go, best first, and
 * the arrangement that shows them all, clear of other countries and of each other. It runs in the
 * names' worker (job.ts), so the pages' own script does not carry it.
 */
import {
	calloutName,
	closeInPlace,
	CALLOUT_MAX_ZOOM,
	CALLOUT_MIN_SPAN,
	FAR_CALLOUT,
	MAX_LEADER,
	nameBox,
	overlaps,
	type NameAlign,
	type NamePlacement,
	type NameRequest,
	type ScreenBox
} from './callouts';
import { leaderEnd, segmentCrossesBox, type Point } from './segments';
import { withinSize } from '../camera/view-box';
import { compatible, stackedAgainstLie } from './compatible';
import {
	LEADER_ACROSS_NEIGHBOUR,
	LEADER_OVER_LAND,
	LEADER_OVER_NAMED,
	leaderLength,
	leaderOverLands
} from './leaders';

export interface PlacementView {
	zoom: number;
	width: number;
	height: number;
	project: (at: [number, number]) => { x: number; y: number };
	unproject: (point: { x: number; y: number }) => [number, number];
	/** The name's size in pixels as it would be drawn. */
	measure: (name: string) => { width: number; height: number };
	/** The countries (ISO alpha-3) whose fill or dot a screen box touches. */
	countriesUnder: (box: ScreenBox) => readonly string[];
	/** Parts of the view something else covers (a slide's insets): no name or leader goes there. */
	covered?: readonly ScreenBox[];
}

/** Names keep this many pixels from the map's edge. */
export const EDGE_MARGIN = 4;
/** How far out a name may go to find open sea: rings three quarters of a name-height apart. */
export const SEARCH_RINGS = 12;
/** In how many directions round its country each ring looks. */
export const SEARCH_DIRECTIONS = 16;

interface Candidate {
	mode: 'out' | 'close';
	name: string;
	/** Whether the name is its country's short form ("N. Korea"). */
	short: boolean;
	align: NameAlign;
	x: number;
	y: number;
	box: ScreenBox;
	/** For `out`: from the country's point to the name, in screen pixels. */
	leader?: [Point, Point];
}
/**
 * Every place a name may go, best first: the designed callout over the Pacific (world zoom) or
 * the place on or beside its country (closer in), in the full name; the same in the short name;
 * the callout moved west into the frame, on its row or the nearest open one; then rings round
 * the country, each a name-height further out, with a leader line back to it.
 */
function candidates(request: NameRequest, view: PlacementView): Candidate[] {
	const { callout, labelPoint, name: fullName } = request;
	const point = view.project(labelPoint);
	const names = callout.short ? [fullName, callout.short] : [fullName];
	const list: Candidate[] = [];
	const add = (mode: Candidate['mode'], name: string, align: NameAlign, x: number, y: number) => {
		const { width, height } = view.measure(name);
		const left = align === 'left' ? x : align === 'centre' ? x - width / 2 : x - width;
		const box = nameBox(left, y, width, height);
		list.push({
			mode,
			name,
			short: name !== fullName,
			align,
			x,
			y,
			box,
			...(mode === 'out' ? { leader: [point, leaderEnd(point, box)] as [Point, Point] } : {})
		});
	};
	const middle = view.height / 2;
	const span =
		view.unproject({ x: view.width, y: middle })[0] - view.unproject({ x: 0, y: middle })[0];
	const callingOut =
		view.zoom < CALLOUT_MAX_ZOOM && span >= CALLOUT_MIN_SPAN && callout.at !== undefined;
	const out = view.project(callout.at ?? labelPoint);
	const close = closeInPlace(callout, labelPoint, view.zoom);
	const closeAt = view.project(close.at);
	const closeAlign = close.centred ? 'centre' : 'left';
	// Far from its country on this map, the callout is searched like any other place (FAR_CALLOUT).
	const near =
		callingOut &&
		leaderLength([point, leaderEnd(point, nameBox(out.x, out.y, 0, 0))]) <=
			FAR_CALLOUT * Math.hypot(view.width, view.height);
	const far: Candidate[] = [];
	const addOut = (name: string, x: number, y: number) => {
		add('out', name, 'left', x, y);
		if (!near) far.push(list.pop()!);
	};
	if (callingOut) addOut(calloutName(callout, fullName, view.zoom), out.x, out.y);
	add('close', fullName, closeAlign, closeAt.x, closeAt.y);
	for (const name of names.slice(1)) {
		if (callingOut) addOut(name, out.x, out.y);
		add('close', name, closeAlign, closeAt.x, closeAt.y);
	}
	if (callingOut)
		for (const name of names) {
			// The callout moved west into the frame, on its own row...
			const { width } = view.measure(name);
			addOut(name, Math.min(out.x, view.width - EDGE_MARGIN - width), out.y);
		}
	// The designed places come first, as they are; the searched ones after them, nearest first.
	const designed = list.length;
	list.push(...far);
	if (callingOut)
		for (const name of names) {
			// ...then on rows further south and north (the open sea may lie below a crowded coast).
			const { width, height } = view.measure(name);
			const x = Math.min(out.x, view.width - EDGE_MARGIN - width);
			const rows = Math.ceil(view.height / height);
			for (let row = 1; row <= rows; row++)
				for (const y of [out.y + row * height, out.y - row * height])
					if (y >= 0 && y <= view.height) add('out', name, 'left', x, y);
		}
	for (let ring = 1; ring <= SEARCH_RINGS; ring++)
		for (const name of names) {
			const { height } = view.measure(name);
			const d = ring * height * 0.75;
			for (let turn = 0; turn < SEARCH_DIRECTIONS; turn++) {
				// Beside the point the name reads away from it; above or below it is centred.
				const angle = (2 * Math.PI * turn) / SEARCH_DIRECTIONS;
				const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
				const align = dx > 0.3 ? 'left' : dx < -0.3 ? 'right' : 'centre';
				const lift = align === 'centre' ? Math.sign(dy) * (height / 2) : 0;
				add('out', name, align, point.x + d * dx, point.y + d * dy + lift);
			}
		}

	const cost = (candidate: Candidate) => {
		const [from, to] = candidate.leader!;
		// A short name is worth a leader some three names' heights longer.
		const shortened =
			candidate.name === fullName ? 0 : 3 * candidate.box.bottom - 3 * candidate.box.top;
		return leaderLength([from, to]) + shortened;
	};
	const searched = list.slice(designed).sort((a, b) => cost(a) - cost(b));
	return [...list.slice(0, designed), ...searched];
}

/**
 * Two names in different forms (one short, one full) weigh more than any arrangement's places and
 * less than a hidden name: the same form wherever some arrangement allows it.
 */
const MIXED_FORMS = 1000;
/**
 * Two names stacked against the way their countries lie (stackedAgainstLie) weigh as much as
 * mixed forms: the order the countries run in wherever some arrangement allows it.
 */
const AGAINST_LIE = MIXED_FORMS;
/** A hidden name weighs more than any place it could have had. */
const HIDDEN = 1e6;
/** How many suitable places of each name the search weighs, best first. */
const SEARCH_WIDTH = 60;
/** Past this many checks a round of the search gives up (a real map needs far fewer). */
const SEARCH_CHECKS = 300_000;

/**
 * Where each name goes on the map as it is now: wholly inside the view, on no other country's
 * fill, clear of the other names and their leader lines. Each name takes the best place that lets
 * the others show too; a name is hidden only when no arrangement shows it (its country out of
 * view, or no open space near enough), never cut by the edge.
 */
export function placeNames(requests: readonly NameRequest[], view: PlacementView): NamePlacement[] {
	const own = requests.map((request) => request.callout.iso3);
	const covered = view.covered ?? [];
	const othersOf = own.map((iso3) => (other: string) => other !== iso3);
	const namedOthersOf = own.map((iso3) => (other: string) => other !== iso3 && own.includes(other));
	const options = requests.map((request) => {
		return withinSize(view.project(request.labelPoint), view) ? candidates(request, view) : [];
	});
	// Whether a place suits its name on its own: inside the view, its leader short, over open
	// sea or its own country alone (never a neighbour's land, which would read as that
	// country's name), its leader over little of other countries' land (`allowed`, in pixels),
	// and less still of the land of another country the map names (`allowedNamed`).
	// Asked only as the search reaches it, since each answer asks the map.
	const verdicts = options.map(() => new Map<number, readonly number[]>());
	const allowed = options.map(() => LEADER_OVER_LAND);
	const allowedNamed = options.map(() => LEADER_OVER_NAMED);
	const suits = (k: number, j: number): boolean => {
		let verdict = verdicts[k]!.get(j);
		if (verdict === undefined) {
			const { box, leader } = options[k]![j]!;
			// The cheap tests first: the land under the leader is asked point by point.
			const clear =
				(!leader || leaderLength(leader) <= MAX_LEADER) &&
				box.left >= EDGE_MARGIN &&
				box.top >= EDGE_MARGIN &&
				box.right <= view.width - EDGE_MARGIN &&
				box.bottom <= view.height - EDGE_MARGIN &&
				!covered.some((area) => overlaps(area, box)) &&
				(!leader || !covered.some((area) => segmentCrossesBox(leader[0], leader[1], area))) &&
				view.countriesUnder(box).every((iso3) => iso3 === own[k]);
			verdict = !clear
				? [Infinity, Infinity]
				: leader
					? leaderOverLands(leader, [othersOf[k]!, namedOthersOf[k]!], view)
					: [0, 0];
			verdicts[k]!.set(j, verdict);
		}
		return verdict[0]! <= allowed[k]! && verdict[1]! <= allowedNamed[k]!;
	};
	// Each name's suitable places, best first, found as the search needs them, up to SEARCH_WIDTH.
	let suitable: number[][] = [];
	let scanned: number[] = [];
	const nthPlace = (k: number, i: number): number | undefined => {
		const list = suitable[k]!;
		while (list.length <= i && list.length < SEARCH_WIDTH && scanned[k]! < options[k]!.length) {
			const j = scanned[k]!++;
			if (suits(k, j)) list.push(j);
		}
		return list[i];
	};
	// Branch and bound, allowing no hidden name first, then one, and so on: of the arrangements
	// that hide fewest, the one whose places rank best (the lowest sum of their ranks). A branch
	// stops as soon as it cannot beat the best found, so on an open map few places are asked about.
	type Arrangement = { chosen: (number | null)[]; score: number };
	let best: Arrangement | undefined;
	const chosen: (number | null)[] = [];
	let checks = 0;
	const search = (k: number, score: number, hidable: number) => {
		if (best && score >= best.score) return;
		if (k === requests.length) {
			best = { chosen: [...chosen], score };
			return;
		}
		for (let i = 0; ; i++) {
			const j = nthPlace(k, i);
			if (j === undefined || (best && score + j >= best.score)) break;
			if (++checks > SEARCH_CHECKS) break;
			// Only the names before this one count: forget this one's last try.
			chosen.length = k;
			const candidate = options[k]![j]!;
			const clear = chosen.every(
				(other, at) => other === null || compatible(options[at]![other]!, candidate)
			);
			if (!clear) continue;
			// Names that both have a short form read best in the same form: not "N. Korea"
			// beside "South Korea", unless nothing else fits.
			const mixed = chosen.some(
				(other, at) =>
					other !== null &&
					requests[k]!.callout.short !== undefined &&
					requests[at]!.callout.short !== undefined &&
					options[at]![other]!.short !== candidate.short
			);
			const againstLie = chosen.some(
				(other, at) => other !== null && stackedAgainstLie(options[at]![other]!, candidate)
			);
			chosen[k] = j;
			search(
				k + 1,
				score + j + (mixed ? MIXED_FORMS : 0) + (againstLie ? AGAINST_LIE : 0),
				hidable
			);
		}
		if (hidable > 0) {
			chosen[k] = null;
			search(k + 1, score + HIDDEN, hidable - 1);
		}
		chosen.length = k;
	};
	const arrange = () => {
		[suitable, scanned] = [options.map(() => []), options.map(() => 0)];
		best = undefined as Arrangement | undefined;
		for (let hidable = 0; !best && hidable <= requests.length; hidable++) {
			checks = 0;
			search(0, 0, hidable);
		}
		return best;
	};
	const shown = arrange();
	// A name in view that no arrangement shows may have its leader cross a neighbour, named or
	// not (LEADER_ACROSS_NEIGHBOUR); the others keep their places' rules.
	const unnamed = requests.flatMap((_, k) =>
		shown?.chosen[k] === null && options[k]![0] ? [k] : []
	);
	for (const k of unnamed) allowed[k] = allowedNamed[k] = LEADER_ACROSS_NEIGHBOUR;
	if (unnamed.length > 0 && !(arrange()!.score < shown!.score)) best = shown;
	return requests.map((request, k) => {
		const j = best?.chosen[k];
		if (j === null || j === undefined)
			return { mode: 'hidden', name: request.name, at: request.labelPoint, align: 'centre' };
		const candidate = options[k]![j]!;
		const at = view.unproject(candidate);
		return {
			mode: candidate.mode,
			name: candidate.name,
			at,
			align: candidate.align,
			...(candidate.leader
				? {
						leader: [request.labelPoint, view.unproject(candidate.leader[1])] as [
							[number, number],
							[number, number]
						]
					}
				: {})
		};
	});
}
