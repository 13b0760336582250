/** Each classroom step's map frame, drawn round the countries it colours: built with the site. */
import { dataset } from '$lib/data/dataset';
import type { Box, Frame } from '$lib/map/camera/frame';
import { frameAround } from '$lib/map/camera/fit';
import { resolveMarks } from '$lib/present/look';
import type { Step } from '$lib/present/steps';
import { getWorldPlaces } from './world';

/**
 * Countries the step lists are framed whole; a group's members by their label point, so France's
 * overseas lands do not stretch a map of the EU to South America.
 */
export function stepFrame(step: Step): Frame {
	const places = getWorldPlaces();
	const boxes = resolveMarks(step, dataset).flatMap((mark) => {
		return mark.countries.map((code): Box => {
			const place = places.get(code);
			if (!place) throw new Error(`step “${step.title}”: no geometry for ${code}`);
			const [x, y] = place.label;
			return mark.listed ? place.bbox : [x, y, x, y];
		});
	});
	return frameAround(boxes);
}

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
