/** English: sharing, citing and saving a view, the saved pictures, link previews and embeds. */
import { pluralRules } from '../intl';
import { SITE_EN } from './site';

const plural = pluralRules('en');

export const enShare = {
	/** Sharing, citing and saving a view (src/lib/share/). */
	share: {
		barLabel: 'Share, cite or save this view',
		share: 'Share link',
		cite: 'Cite',
		png: 'PNG',
		svg: 'SVG',
		pngLabel: 'Save this view as a PNG picture',
		svgLabel: 'Save this view as an SVG picture',
		shared: 'Shared.',
		copied: 'Link to this view copied.',
		citationCopied: 'Citation copied.',
		copyCitation: 'Copy citation',
		copyFailed: 'Copying is not allowed here: the link is selected below, copy it by hand.',
		citationCopyFailed:
			'Copying is not allowed here: the citation is selected below, copy it by hand.',
		linkField: 'Link to this view',
		citationField: 'Citation',
		working: 'Drawing the picture…',
		saved: (name: string) => `Saved ${name}.`,
		exportFailed: (format: string, why: string) => `The ${format} could not be made: ${why}.`,
		tryOther: (format: string) => `Save as ${format} instead`,
		stepPng: 'Save PNG',
		stepSvg: 'Save SVG',
		stepPngLabel: 'Save PNG of this step',
		stepSvgLabel: 'Save SVG of this step',
		slidePng: 'Slide PNG (16:9)',
		slideSvg: 'Slide SVG (16:9)',
		slidePngLabel: 'Save this step as a 1920×1080 slide picture (PNG)',
		slideSvgLabel: 'Save this step as a 16:9 slide picture (SVG)'
	},
	/** Words inside the saved pictures and link previews. */
	picture: {
		hatched: ' (hatched)',
		asDocument: (date: string) => `As the document stands, ${date}`,
		upTo: (month: string, date: string) => `Events up to ${month} (document of ${date})`,
		source: (title: string, publisher: string, date: string) =>
			`Source: ${publisher}, “${title}”, ${date}. Boundaries: Natural Earth.`,
		step: (number: number, total: number) => `Classroom, step ${number} of ${total}`
	},
	citation: {
		text: (args: {
			publisher: string;
			title: string;
			date: string;
			url: string;
			accessed: string;
		}) =>
			`${args.publisher}, “${args.title}”, ${args.date}. Mapped in “${SITE_EN}”, this view: ${args.url} (accessed ${args.accessed}).`
	},
	preview: {
		homeTitle: SITE_EN,
		homeDescription:
			"Whose nationals North Korea abducted, and which countries and forums Japan engaged, mapped from the Ministry of Foreign Affairs of Japan's page of 28 December 2018.",
		countryTitle: (name: string) => `${name} · ${SITE_EN}`,
		countryDescription: (name: string) =>
			`What the Ministry of Foreign Affairs of Japan's page of 28 December 2018 says about ${name}, on a world map.`,
		imageAlt: (title: string) => `World map: ${title}`,
		countrySubtitle: (status: string, events: number) =>
			`${status} · named in ${events} dated ${plural(events, { one: 'event', other: 'events' })} of the document`
	},
	/** Embed pages and the Embed button (src/lib/embed/). */
	embed: {
		button: 'Embed',
		buttonHint: 'Embed this view in another site',
		dialogTitle: 'Embed this view',
		dialogLead:
			'Paste this code into a web page or a school site. It shows the map as it is now: the same layer, date and country.',
		width: 'Width (px)',
		height: 'Height (px)',
		code: 'Code to paste',
		copy: 'Copy the code',
		copied: 'Copied. Paste it into your page.',
		copyFailed: 'Could not copy: select the code and copy it by hand.',
		close: 'Close',
		openFullMap: 'Open the full map',
		frameTitle: (view: string) => `Map: ${view}. ${SITE_EN}`,
		siteName: 'Abductions by North Korea',
		upTo: (date: string) => `up to ${date}`,
		source: 'Source',
		pageTitle: (view: string) => `${view} · Embedded map · Abductions by North Korea`
	}
};
