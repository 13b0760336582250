/** Each classroom step's map frame, drawn round the countries it colours: built with the site. */
import { dataset } from '$lib/data/dataset';
import type { Frame } from '$lib/map/frames';
import { frameAround, type CountryBox as Box } from '$lib/present/frame';
import { resolveMarks } from '$lib/present/look';
import type { Step } from '$lib/present/steps';
import { getWorld } from './world';

let places: Map<string, { box: Box; point: [number, number] }> | undefined;

/**
 * Countries the step lists are framed whole; a group's members by their label point, so France's
 * overseas lands do not stretch a map of the EU to South America.
 */
export function stepFrame(step: Step): Frame {
	places ??= new Map(
		getWorld().points.features.map((f) => [
			f.properties.iso3,
			{ box: f.properties.bbox, point: f.geometry.coordinates as [number, number] }
		])
	);
	const boxes = resolveMarks(step, dataset).flatMap((mark) => {
		return mark.countries.map((code): Box => {
			const place = places!.get(code);
			if (!place) throw new Error(`step “${step.title}”: no geometry for ${code}`);
			const [x, y] = place.point;
			return mark.listed ? place.box : [x, y, x, y];
		});
	});
	return frameAround(boxes);
}
