/** Each classroom step's map frame, drawn round the countries it colours: built with the site. */
import { dataset } from '$lib/data/dataset';
import type { Box, Frame } from '$lib/map/camera/frame';
import { frameAround } from '$lib/map/camera/fit';
import { CALLOUTS } from '$lib/map/names/callouts';
import { resolveMarks } from '$lib/present/step-look';
import type { Step } from '$lib/present/steps';
import { getWorldPlaces } from './world';

/**
 * Countries the step lists are framed whole; a group's members by their label point, so France's
 * overseas lands do not stretch a map of the EU to South America.
 */
export function stepFrame(step: Step): Frame {
	const places = getWorldPlaces();
	const marks = resolveMarks(step, dataset);
	const boxes = marks.flatMap((mark) => {
		return mark.countries.map((code): Box => {
			const place = places.get(code);
			if (!place) throw new Error(`step “${step.title}”: no geometry for ${code}`);
			const [x, y] = place.label;
			return mark.listed ? place.bbox : [x, y, x, y];
		});
	});
	const frame = frameAround(boxes);
	if (frame[1][0] - frame[0][0] < WORLD_SCALE_SPAN) return frame;
	// At world scale the names of Japan and the Koreas are called out over the Pacific, east of
	// Japan: the frame takes in their places, so a narrow map (a phone's) has room for them
	// rather than sending a name round to the Indian Ocean.
	const listed = new Set(marks.filter((mark) => mark.listed).flatMap((mark) => mark.countries));
	const callouts = CALLOUTS.filter((callout) => listed.has(callout.iso3)).map(
		({ at: [lng, lat] }): Box => [lng, lat, lng + CALLOUT_ROOM, lat]
	);
	return frameAround([...boxes, ...callouts]);
}

/** From this many degrees of longitude a step's map is at world scale (names called out). */
const WORLD_SCALE_SPAN = 90;
/** The degrees of sea east of a callout's start that its name takes on a narrow map. */
const CALLOUT_ROOM = 20;

/**
 * A step's insets: each of its `inset` countries framed alone, close enough in that its name
 * fits on it or on the sea beside it.
 */
export function insetFrames(step: Step): { iso3: string; frame: Frame }[] {
	const places = getWorldPlaces();
	return (step.inset ?? []).map((iso3) => {
		const place = places.get(iso3);
		if (!place) throw new Error(`step “${step.title}”: no geometry for ${iso3}`);
		return { iso3, frame: frameAround([place.bbox], { margin: 0.05, minMargin: 0.5, minSpan: 7 }) };
	});
}
