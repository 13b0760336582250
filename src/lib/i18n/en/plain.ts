/**
 * English: the pages served without the app's script (About, the document's outline, the tables).
 * Only the server reads them, when it draws those pages ($lib/plain/words): the map's script
 * never carries them.
 */
import type { AboutSource, Rich } from '../rich';
import { listFormat } from '../intl';

const joinAnd = listFormat('en-GB');

export const enPlain = {
	about: {
		heading: 'About this map',
		intro: (source: AboutSource): Rich => [
			'This dashboard maps one public document: ',
			{ cite: source.title },
			`, published by the ${source.publisher} on ${source.published}. It shows whose nationals the document says were, or may have been, abducted by North Korea, and the countries, forums and meetings in which the issue was raised, by Japan and by others. The document is the Ministry's English page; the Japanese and Korean versions of this dashboard are our own translations of our summaries, not the Ministry's Japanese text.`
		],
		readingHeading: 'How to read the data',
		reading: [
			[
				'Every fact is written in our own words and cites the section of the document it comes from.'
			],
			[
				'Anything the document does not itself state, such as the members of the G7, ASEAN or the EU (and when Bulgaria, Romania and Croatia joined the EU), or the city where a summit met, is marked ',
				{ em: 'context' },
				'.'
			],
			[
				"Certainty follows the document's words, in three tiers from its introduction. Japan and South Korea: abducted (stated). Thailand, Romania and Lebanon: may have been abducted (returnees’ testimony), hatched. China: said to have been abducted (second-hand, on what South Korean returnees and others have said), cross-hatched. The United States is not in the document's list: it mentions one US citizen possibly abducted, and only through a resolution of the US House of Representatives, so the map shows it apart, as the weakest case."
			],
			[
				"Each event records who acted in it. On the map, a line runs from the country that acted to the countries its act concerned; acts of a body (the Commission of Inquiry's visits, a Council's resolutions) draw no line. The shading counts every event that names a country, whoever acted; an event the document does not date counts once the span it must lie in has passed."
			],
			[
				"South Korea hosts the UN human rights office's Seoul structure; it is not a member of it. Japan takes part in the ASEAN-related summit meetings without being a member of ASEAN, and those meetings reach beyond ASEAN's ten members."
			],
			[
				"Dates are as precise as the document: most give a month, one a day. The document does not date the Commission of Inquiry's visits at all: the span shown, from its creation in March 2013 to its report in February 2014, is inferred from its other dates: the visits are worded as happening sometime in it, drawn on the timeline as a band, and counted apart from dated events."
			],
			[
				'The document often quotes or paraphrases texts it cites; where we repeat its words, they are in quotation marks with their section.'
			]
		] as readonly Rich[],
		pageTitle:
			"About and downloads · Abductions by North Korea: Japan's account of international efforts",
		downloads: 'Downloads',
		countriesFile: 'one row per country, with',
		eventsFile: 'one row per event (dated, or placed in a span), with',
		/** What ends a sentence: '.' in English, nothing after a Japanese list of columns. */
		listEnd: '.',
		datasetFile: {
			before: 'the whole validated dataset, and under',
			after: 'the same in Japanese and in Korean.'
		},
		csvNote:
			'CSV files follow RFC 4180 (UTF-8, with a byte-order mark so spreadsheets read the Japanese and Korean columns correctly); lists inside a field are separated by semicolons; the columns ending in _ja hold the Japanese, those ending in _ko the Korean.',
		tablesHeading: 'All countries and events',
		tables: {
			before: 'The',
			link: 'tables',
			after:
				' list every country and event in the data, sortable and filterable, each linked to its page.'
		}
	},
	outline: {
		title: 'The document, section by section',
		lede: (title: string) =>
			`The sections of “${title}”, each with its heading and our own short summary, and the records of this map that cite it. The document's own sentences are not reproduced here; read them on the Ministry's page itself.`,
		summary: 'Our summary',
		cited: 'Cited by',
		citedNone: 'No record of the map cites this section alone.',
		abductionBasis: (name: string) => `${name}: what the document says of its nationals`,
		countryNote: (name: string) => `${name}: a note`,
		groupLabel: (name: string) => `Forum: ${name}`,
		undated: 'Undated'
	},
	table: {
		title: 'Tables',
		heading: 'Every country and event, as tables',
		intro: 'The same data as the map.',
		/**
		 * Shown after the intro only where the page's script runs (without it the tables keep their
		 * first order); its own leading space, as Japanese sets none between sentences.
		 */
		controls: ' Column headers sort; the menus filter.',
		countries: (n: number) => `Countries (${n})`,
		/** Why the table lists each country (countriesListed): the whole list, whatever the filter, and
		 * the map's note on context members (explorer.contextNote) when they are. */
		countriesListed: (
			abducted: number,
			named: number,
			members: number,
			groups: readonly string[],
			contextNote?: string
		) =>
			`${abducted} countries whose nationals the document says were, or may have been, abducted; ` +
			`${named} more that its events name; and ${members} here only as context for groups it names: ${joinAnd(groups)}.` +
			(contextNote ? ` ${contextNote}` : ''),
		abductions: 'Abductions',
		allCountries: 'All countries',
		/** Under a country the table holds only as a group's member: the groups, whose membership is context. */
		memberOf: (groups: readonly string[]) => `Listed for ${joinAnd(groups)}`,
		countriesCaption: 'Countries in the data',
		events: (n: number) => `Events (${n})`,
		forum: 'Forum',
		allForums: 'All forums',
		eventsCaption: 'Events in the document, dated or placed in a span',
		/** Parts of a shared address the tables do not understand: they show the default instead. */
		rejected: (parts: readonly string[]) =>
			`This address asks for ${joinAnd(parts)}, which the tables do not have; they show their default instead.`,
		column: {
			name: 'Country',
			status: 'Abductions',
			eventCount: 'Events naming it',
			date: 'Date',
			title: 'Event',
			forum: 'Forum',
			countries: 'Countries',
			source: 'Source'
		}
	}
};
