/**
 * The handout's printed maps, drawn with the site: each step's frame in Web Mercator (as the
 * slide's map frames it), countries as SVG paths, and the names of the countries the step lists.
 */
import { dataFor } from '$lib/i18n/data';
import type { Locale } from '$lib/i18n/locale';
import { framedMercator, mercatorSvgWorld } from './geo/natural-earth';
import { LABEL_SIZE, needsDot, type HandoutMap } from '$lib/present/handout-svg';
import { landUnder, placePictureNames } from '$lib/share/picture-names';
import { listedCountries } from '$lib/present/step-look';
import { slideNames } from '$lib/present/slide-names';
import { classroomWordsFor } from '$lib/present/words';
import type { Step } from '$lib/present/steps';
import { stepFrame } from './step-frames';
import { frameForBox } from '$lib/map/camera/fit';
import { getWorld, getWorldPlaces, sphericalCountries } from './world';
import '$lib/server/locales';

const WIDTH = 640;

/** `aspect` (width over height): the step's frame grown to that shape (a slide's map). */
export function handoutMap(step: Step, locale: Locale = 'en', aspect?: number): HandoutMap {
	const { dataset, countryNames } = dataFor(locale);
	// The slide's own short forms ("UK", "N. Korea"): the printed map is the slide's, and at its
	// scale the full names of the UK and the Koreas find no open sea.
	const names = slideNames(countryNames, classroomWordsFor(locale).classroom.slideNames);
	const frame = aspect ? frameForBox(stepFrame(step), aspect) : stepFrame(step);
	const world = mercatorSvgWorld(sphericalCountries(), frame, WIDTH);
	const { projection } = framedMercator(frame, world.width);
	const points = new Map(
		getWorld().points.features.map((f) => [f.properties.iso3, f.geometry.coordinates])
	);
	// Names for the countries a step lists one by one; a group's members are in the legend.
	const listed = listedCountries(step, dataset);
	const spots = listed.flatMap((iso3) => {
		const at = projection(points.get(iso3) as [number, number]);
		return at ? [{ iso3, text: names.get(iso3) ?? iso3, x: at[0], y: at[1] }] : [];
	});
	// A listed country too small to see at this scale is marked by a dot at its point.
	const places = getWorldPlaces();
	const dots = listed.flatMap((iso3) => {
		const place = places.get(iso3);
		const at = place && projection(place.label);
		if (!place || !at) return [];
		const [west, south, east, north] = place.bbox;
		const [x0, y0] = projection([west, north])!;
		const [x1, y1] = projection([east, south])!;
		return needsDot(Math.abs(x1 - x0), Math.abs(y1 - y0)) ? [{ iso3, x: at[0], y: at[1] }] : [];
	});
	return {
		width: world.width,
		height: world.height,
		dots,
		// The shapes carry Natural Earth's English names: another language names only the
		// countries its data names, and leaves the rest unnamed rather than in English.
		countries:
			locale === 'en'
				? world.countries
				: world.countries.map((c) => ({ ...c, name: countryNames.get(c.iso3) ?? '' })),
		spots: spots.map(({ iso3, text, x, y }) => ({ iso3, name: text, x, y })),
		// Placed as the saved pictures place names: over the sea or the country's own land, never
		// over a neighbour, with a leader line where the name stands away.
		labels: placePictureNames(
			spots.map(({ iso3, text, x, y }) => ({ iso3, name: text, x, y })),
			{ width: world.width, height: world.height, fontSize: LABEL_SIZE },
			landUnder(world.countries, { left: 0, top: 0, scale: 1 })
		)
	};
}
