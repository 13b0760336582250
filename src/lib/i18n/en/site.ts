/**
 * English: the site's frame (dates, navigation, error pages) and the document's sections.
 * The other areas are beside it; `./index.ts` joins them.
 */
import type { Locale } from '../locale';
import { dateFormat, listFormat, pluralRules } from '../intl';

const joinAnd = listFormat('en-GB');
const plural = pluralRules('en');

export const SITE_EN = "Abductions by North Korea: Japan's account of international efforts";

export const enSite = {
	/** `2013-03` -> `March 2013`; `2007-09-27` -> `27 September 2007`. */
	date: dateFormat('en-GB'),
	dateBetween: (from: string, to: string) => `between ${from} and ${to}`,
	dateInferred: (when: string) =>
		`Undated in the document: sometime ${when}, as its other dates imply`,
	number: (n: number) => n.toLocaleString('en'),
	site: {
		title: SITE_EN,
		/** A page's <title>: its own name, then the site's. */
		pageTitle: (name: string) => `${name} · ${SITE_EN}`,
		skip: 'Skip to content',
		// With its space: the document's title follows at once (in Japanese, with no space).
		mapOf: 'A map of ',
		navLabel: 'Site',
		nav: { map: 'Map', table: 'Tables', classroom: 'Classroom', about: 'About & downloads' },
		source: 'Source:',
		footerNote:
			'Facts are paraphrased and cite their section; context from outside the document is marked.',
		stop: '.',
		/** Around a cited title: Japanese sets titles in 『』 (and upright, see tokens.css). */
		titleOpen: '',
		titleClose: '',
		download: 'Download the data',
		boundaries: 'Boundaries: Natural Earth (public domain)'
	},
	language: {
		/** The switch names the other language in that language, as readers look for it. */
		label: 'Language',
		name: { en: 'English', ja: '日本語', ko: '한국어' } satisfies Record<Locale, string>,
		switchTo: 'この画面を日本語で'
	},
	notFound: {
		title: 'Not found',
		errorTitle: 'Error',
		heading: 'Page not found',
		lead: 'This address is not a page of the dashboard. Country pages use a three-letter ISO code, such as',
		example: (path: string, name: string): readonly [string, string] => [path, ` for ${name}.`],
		exampleName: 'South Korea',
		backToMap: 'Back to the world map',
		findInTable: 'Find a country in the table of all countries',
		noStep: 'No such classroom step',
		steps: (n: number) => `The classroom walk has ${n} steps, numbered 1 to ${n}.`,
		firstStep: 'Start at step 1',
		somethingWrong: 'Something went wrong',
		unexpected: 'An unexpected error occurred.'
	},
	section: {
		intro: 'introduction',
		usCongress: 'section on the US Congress resolution',
		numbered: (s: string) => `section ${s}`,
		/** Several numbered sections at once, for a step's source line. */
		numberedMany: (list: readonly string[]) =>
			`${plural(list.length, { one: 'section', other: 'sections' })} ${joinAnd(list)}`,
		ref: (label: string) => `Document, ${label}`,
		from: (parts: readonly string[]) => `From the document’s ${joinAnd(parts)}`,
		context: 'context',
		contextTitle: 'Not stated in the document: added as context'
	},
	events: {
		countries: 'Countries:',
		forums: 'Forums:',
		where: 'Where:',
		fromPhotoCaption: 'From a photo caption',
		showRest: (n: string) => `Show the other ${n} events`,
		separator: ', ',
		colon: ':'
	},
	offline: {
		updateAvailable: 'A new version is available —',
		reload: 'Reload'
	}
};
