/** English: where the data comes from and on what terms, the layers' pages. */
import type { Layer } from '$lib/state/view';
import { SITE_EN } from './site';

export const enProvenance = {
	provenance: {
		line: (a: {
			publisher: string;
			title: string;
			date: string;
			version: string;
			built: string;
			licence: string;
			credit: string;
		}) =>
			`Source: ${a.publisher}, “${a.title}”, ${a.date}. This map’s data ${a.version}, built ${a.built}, ${a.licence}. Credit: ${a.credit}.`,
		heading: 'Source, version and licence',
		source: 'Source',
		whereToFind: 'Where to find it',
		version: 'Data version',
		built: 'Built',
		licence: 'Licence of the data',
		codeLicence: 'The code is under the MIT licence.',
		credit: 'Credit',
		creditText: (credit: string) => `“${credit}”, from the document named above.`,
		outline: 'Its sections, with our summaries',
		datapackage:
			'the Frictionless Data Package of the two CSV files: source, version, licence, and what every column and coded value means.'
	},
	layerPage: {
		title: (layer: string) => `${layer} · ${SITE_EN}`,
		description: {
			abductions:
				"Whose nationals North Korea abducted or may have abducted, and how certain the Ministry of Foreign Affairs of Japan's page of 28 December 2018 is of each, on a world map.",
			engagement:
				'Which countries took part in the dated events of the document, 2005 to 2018, with lines from the country that acted to those its act concerned.',
			forums:
				'The forums where the abductions were raised (UN bodies, the Six-Party Talks, the G7, ASEAN and others) and the countries in each, on a world map.'
		} satisfies Record<Layer, string>,
		/** A country card's line under its name, for a country in no dated event of the document. */
		countryUndated: (status: string) => `${status} · in none of the document's dated events`
	}
};
