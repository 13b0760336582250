/**
 * A golden file for the world in the map pages' HTML (interactiveWorldSvg over the first-paint
 * world, with the default layer's colours, links, name points and tooltip words), compared with
 * the SVG kept in __snapshots__/. Cut down to the countries round Japan and Lebanon so that the
 * file stays small. A change shows in the file's diff and must be accepted on purpose
 * (`npx vitest run -u`).
 */
import { expect, it } from 'vitest';
import { countryPath } from '$lib/data/join';
import { dataFor } from '$lib/i18n/data';
import { localHref } from '$lib/i18n/paths';
import { drawnLayers } from '$lib/layers/drawn';
import { abductionLook } from '$lib/layers/looks';
import { getFirstPaintWorld, getWorldPlaces } from '$lib/server/world';
import { DEFAULT_VIEW } from '$lib/state/view';
import { interactiveWorldSvg } from './svg';

const KEPT = ['JPN', 'KOR', 'PRK', 'CHN', 'RUS', 'THA', 'LBN', 'SYR', 'ISR', 'CYP'];

it('draws the map pages’ world: colours, hatching, links, dots and first answers', async () => {
	const { dataset, summaries, countryNames } = dataFor('en');
	const whole = getFirstPaintWorld();
	const world = { ...whole, countries: whole.countries.filter((c) => KEPT.includes(c.iso3)) };
	const look = abductionLook(summaries.values(), 'en');
	const markup = interactiveWorldSvg(world, {
		colourOf: look.colourOf,
		hatched: look.hatched,
		names: countryNames,
		href: (iso3) => localHref(countryPath(iso3), 'en', ''),
		label: `World map: ${look.title}`,
		places: getWorldPlaces(),
		tips: {
			of: drawnLayers(dataset, summaries, DEFAULT_VIEW, 'en').describe,
			others: 'Not mentioned in the document'
		}
	});
	await expect(markup).toMatchFileSnapshot('./__snapshots__/first-paint-world.svg');
});
