// How the joins grow with the data: `npm run bench:scale` (Vitest's bench mode) runs them on the
// real dataset and on synthetic ones 10x and 50x its size, over every country of the world map.
import { bench, describe } from 'vitest';
import coarse from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { dataset } from './dataset';
import { countrySummaries, profileOf } from './join';
import { engagementByCountry, eventsUntil, forumCoverage, linksOf } from './engagement';
import { syntheticDataset } from './synthetic';
import { numericToIso3 } from '$lib/server/geo/iso';
import { topologyToCountries } from '$lib/server/geo/natural-earth';
import { abductionLook, engagementLook } from '$lib/layers/looks';

const worldCountries = topologyToCountries(coarse as unknown as Topology, numericToIso3).map(
	(c) => c.properties
);

for (const factor of [1, 10, 50]) {
	const data = factor === 1 ? dataset : syntheticDataset(dataset, factor, worldCountries);
	describe(`${factor}x: ${data.events.length} events, ${data.countries.length} countries`, () => {
		bench('what the map draws (summaries, engagement, links, looks)', () => {
			const events = eventsUntil(data.events, '2014-12');
			abductionLook(countrySummaries(data).values());
			engagementLook(engagementByCountry(events));
			linksOf(events);
			forumCoverage(data, 'g7', events);
		});
		bench('every country profile (the country pages)', () => {
			for (const c of data.countries) profileOf(data, c.iso3);
		});
	});
}
