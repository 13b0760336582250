import { describe, expect, it } from 'vitest';
import { dataFor } from '$lib/i18n/data';
import { classroomWordsFor } from '$lib/present/words';
import { SLIDE_INSETS } from '$lib/present/fit-map';
import { slideNames } from '$lib/present/slide-names';
import { listedCountries } from '$lib/present/step-look';
import { stepsFor } from '$lib/present/steps';
import { insetFrames, stepFrame } from '$lib/server/step-frames';
import { frameForBox } from '../camera/fit';
import { intoFrame } from '../camera/frame';
import { latitudeAt, mercatorY } from '../camera/mercator';
import { calloutFor, MAX_LEADER, nameBox, overlaps, type NamePlacement } from './callouts';
import { LEADER_OVER_LAND, LEADER_OVER_NAMED, leaderOverLand } from './leaders';
import { placeNames, type PlacementView } from './search';
import { segmentsCross, type Point } from './segments';
import { pointOf, worldView } from './test-world';

/**
 * The classroom's maps, as the names' search sees them: each step's frame grown to a map box,
 * every country the step lists named, in the slide's type. What the slide promises: every name
 * shown, inside the map, on no other country the step names, leader lines short and never
 * crossing.
 */
describe('names on the classroom’s maps', () => {
	/** A step's map box: the frame grown to its shape, the zoom that fits it. */
	function stepView(
		number: number,
		width: number,
		height: number,
		perCharacter: number,
		lineHeight: number,
		/** Which inset (1, 2...), or the world map. */
		inset = 0,
		/** Whether the step's insets lie over the world map (a projector), not under it (a phone). */
		insetsOver = false
	): PlacementView {
		const step = stepsFor('en')[number - 1]!;
		const frame = inset ? insetFrames(step)[inset - 1]!.frame : stepFrame(step);
		const [[west, south], [east, north]] = frameForBox(frame, width / height);
		const zoom = Math.log2((width * 360) / (512 * (east - west)));
		const centre: [number, number] = [
			(west + east) / 2,
			latitudeAt((mercatorY(north) + mercatorY(south)) / 2)
		];
		const view = worldView(zoom, centre, width, height, perCharacter, lineHeight);
		if (inset || !insetsOver || !step.inset?.length) return view;
		// The insets stacked over the map's south-west corner (StepFigure).
		const covered = [
			{
				left: 0,
				top: height * (1 - SLIDE_INSETS.height),
				right: width * SLIDE_INSETS.width,
				bottom: height
			}
		];
		return { ...view, covered };
	}

	function place(number: number, locale: 'en' | 'ja', view: PlacementView, inset = 0) {
		const { dataset, countryNames } = dataFor(locale);
		const step = stepsFor(locale)[number - 1]!;
		const listed = inset
			? [step.inset![inset - 1]!]
			: listedCountries(step, dataset).filter((iso3) => !step.inset?.includes(iso3));
		// As the slide writes them, in its short forms; the inset's countries are the inset's.
		const names = slideNames(countryNames, classroomWordsFor(locale).classroom.slideNames);
		const requests = listed.map((iso3) => ({
			callout: { ...calloutFor(iso3), short: undefined },
			labelPoint: ((at) => [intoFrame(at[0]), at[1]] as [number, number])(pointOf(iso3)),
			name: names.get(iso3)!
		}));
		return { listed, placements: placeNames(requests, view) };
	}

	/** What is wrong with the names as placed, in words: nothing, where the slide keeps its promises. */
	function problems(listed: string[], placements: NamePlacement[], view: PlacementView): string[] {
		const found: string[] = [];
		const screen = placements.map((p) => {
			const { x, y } = view.project(p.at);
			const { width, height } = view.measure(p.name);
			const left = { left: x, centre: x - width / 2, right: x - width }[p.align];
			const leader = p.leader?.map((at) => view.project(at)) as [Point, Point] | undefined;
			return { box: nameBox(left, y, width, height), leader };
		});
		placements.forEach((placement, i) => {
			const iso3 = listed[i]!;
			if (placement.mode === 'hidden') return found.push(`${iso3} hidden`);
			const { box, leader } = screen[i]!;
			const inner = {
				left: box.left + 1,
				top: box.top + 1,
				right: box.right - 1,
				bottom: box.bottom - 1
			};
			// A name over a neighbour's land reads as the neighbour's: never.
			const under = view.countriesUnder(inner).filter((c) => c !== iso3);
			if (under.length) found.push(`${iso3} over ${under.join(' ')}`);
			const length = leader ? Math.hypot(leader[1].x - leader[0].x, leader[1].y - leader[0].y) : 0;
			if (length > MAX_LEADER + 1) found.push(`${iso3}'s leader ${Math.round(length)} px`);
			// A leader across another named country reads as pointing at it.
			const across = leader ? leaderOverLand(leader, (c) => c !== iso3, view) : 0;
			if (across > LEADER_OVER_LAND) found.push(`${iso3}'s leader ${across} px over land`);
			const overNamed = leader
				? leaderOverLand(leader, (c) => c !== iso3 && listed.includes(c), view)
				: 0;
			if (overNamed > LEADER_OVER_NAMED)
				found.push(`${iso3}'s leader ${overNamed} px over another named country`);
			for (let j = i + 1; j < screen.length; j++) {
				const other = screen[j]!;
				if (placements[j]!.mode === 'hidden') continue;
				if (overlaps(box, other.box)) found.push(`${iso3} on ${listed[j]}`);
				if (leader && other.leader && segmentsCross(...leader, ...other.leader))
					found.push(`${iso3}'s and ${listed[j]}'s leaders cross`);
				// Called out one above the other, the names run the way their countries do: a country
				// clearly north of the other (by a quarter of the way beside it) has the upper name.
				if (leader && other.leader && box.left < other.box.right && other.box.left < box.right) {
					const south = other.leader[0].y - leader[0].y;
					const beside = Math.abs(other.leader[0].x - leader[0].x);
					if (Math.abs(south) >= beside / 4 && south * (other.box.top - box.top) < 0)
						found.push(`${iso3}'s and ${listed[j]}'s names stack against their countries`);
				}
			}
		});
		return found;
	}

	// Map boxes as the slides lay them out; 20 px bold type (some 12.5 px a Latin letter), and
	// 16 px on a phone.
	const sizes = [
		{ name: '1024x768', width: 595, height: 414, perCharacter: 12.5, lineHeight: 24 },
		{ name: '1280x720', width: 740, height: 420, perCharacter: 12.5, lineHeight: 24 },
		{ name: 'phone', width: 370, height: 300, perCharacter: 10, lineHeight: 19, inset: [185, 176] }
	];
	for (const size of sizes)
		for (const number of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
			for (const locale of ['en', 'ja'] as const)
				it(`names every country step ${number} lists, ${size.name}, ${locale}`, () => {
					// Japanese letters are as wide as the type is tall.
					const perCharacter = locale === 'ja' ? size.lineHeight * 0.85 : size.perCharacter;
					const insetsOver = !('inset' in size);
					const view = stepView(
						number,
						size.width,
						size.height,
						perCharacter,
						size.lineHeight,
						0,
						insetsOver
					);
					const { listed, placements } = place(number, locale, view);
					expect(listed.length).toBeGreaterThan(0);
					expect(problems(listed, placements, view)).toEqual([]);
				});
});
