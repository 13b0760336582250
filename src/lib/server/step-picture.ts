/**
 * A classroom step as a picture to download, in the slide's language: the step's frame and names,
 * as on the handout, with its headline, legend and the source. Drawn at build time for
 * /export/step/N.svg (and 16:9, /export/slide/N.svg) and their Japanese twins under /ja/.
 */
import { dataFor } from '$lib/i18n/data';
import type { Locale } from '$lib/i18n/locale';
import { messagesFor } from '$lib/i18n/messages';
import { stepLook } from '$lib/present/step-look';
import { stepsFor } from '$lib/present/steps';
import { stepSources } from '$lib/present/text';
import { composePicture, PICTURE_FONTS_FIRST } from '$lib/share/compose';
import { sourceLine } from '$lib/share/view-picture';
import { pictureSize, type PictureShape } from '$lib/share/file-names';
import { handoutMap } from './handout-maps';

/** The map's shape on a 960x540 slide with the legend beside it. */
const SLIDE_MAP_ASPECT = 1.85;
import '$lib/server/locales';

/**
 * The picture of step `number` (from 1), or null when the walk has no such step: page-shaped, or
 * slide-shaped (16:9, the legend beside the map where that leaves the map larger).
 */
export function stepPicture(
	number: number,
	locale: Locale,
	shape: PictureShape = 'page'
): string | null {
	const steps = stepsFor(locale);
	const step = steps[number - 1];
	if (!step) return null;
	const t = messagesFor(locale);
	const { dataset } = dataFor(locale);
	// A slide's map is wide (the legend beside it): the step's frame grows to that shape, so the
	// map and its names fill the slide instead of a narrow strip.
	const map = handoutMap(step, locale, shape === 'slide' ? SLIDE_MAP_ASPECT : undefined);
	const look = stepLook(step, dataset);
	return composePicture(
		{
			kicker: t.site.title,
			title: step.headline,
			subtitle: `${t.picture.step(number, steps.length)} · ${stepSources(step, locale)}`,
			world: map,
			colourOf: look.colourOf,
			hatched: look.hatched,
			crossHatched: look.crossHatched,
			// The step's names, placed at the picture's size as the map places them, with a dot
			// for a small country.
			places: (map.spots ?? []).map(({ iso3, name, x, y }) => ({ iso3, name, at: [x, y] })),
			legendTitle: look.title,
			legend: look.legend,
			hatchedNote: t.picture.hatched,
			fontsFirst: PICTURE_FONTS_FIRST[locale],
			crossHatchedNote: t.picture.crossHatched,
			source: sourceLine(dataset.document, locale)
		},
		pictureSize(shape)
	).markup;
}
