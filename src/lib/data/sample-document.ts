/** A made-up source document for tests: every provenance field, none of the real values. */
import type { SourceDocument } from './schema';

export const SAMPLE_DOCUMENT: SourceDocument = {
	title: 'The page',
	publisher: 'The Ministry',
	date: '2018-12-28',
	whereToFind: "The Ministry's pages on the subject.",
	release: {
		version: '2.3.4',
		licence: {
			name: 'CC-BY-4.0',
			title: 'Creative Commons Attribution 4.0 International',
			path: 'https://creativecommons.org/licenses/by/4.0/'
		}
	},
	sections: [{ id: 'intro', title: 'Introduction', summary: 'What the page is about.' }]
};
