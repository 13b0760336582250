/** English: sharing, citing and saving a view, the saved pictures, link previews and embeds. */
import { SITE_EN } from './site';
import { eventCounts } from './map';

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
		/** Why a picture could not be made, in words (download.ts's reasons). */
		failure: {
			notLoaded: "the map's files did not load (offline?); try again",
			codeNotLoaded: 'the code that draws pictures did not load (offline?); try again',
			unreadable: 'the browser could not read the drawing',
			noCanvas: 'the browser gave no canvas to draw on',
			tooLarge: 'the browser could not encode the PNG (too large for its memory?)',
			unexpected: 'something went wrong while drawing; try again'
		},
		tryOther: (format: string) => `Save as ${format} instead`,
		stepPng: 'Save PNG',
		stepSvg: 'Save SVG',
		stepPngLabel: 'Save PNG of this step',
		stepSvgLabel: 'Save SVG of this step',
		slidePng: 'Slide PNG (16:9)',
		slideSvg: 'Slide SVG (16:9)',
		slidePngLabel: 'Slide PNG (16:9): save this step as a 1920×1080 picture',
		slideSvgLabel: 'Slide SVG (16:9): save this step as a slide-shaped working file',
		viewSlidePngLabel: 'Slide PNG (16:9): save this view as a 1920×1080 picture',
		viewSlideSvgLabel: 'Slide SVG (16:9): save this view as a slide-shaped working file'
	},
	/** Words inside the saved pictures and link previews. */
	picture: {
		hatched: ' (hatched)',
		crossHatched: ' (cross-hatched)',
		/** The legend's line for the selected country's outline. */
		selected: (name: string) => `${name} (outlined)`,
		/** After the source: where the picture's view lives. */
		address: (url: string) => `This view: ${url}`,
		asDocument: (date: string) => `As the document stands, ${date}`,
		upTo: (month: string, date: string) => `Events up to ${month} (document of ${date})`,
		/** After the provenance line (provenance.line): the boundaries' own source. */
		source: (provenance: string) => `${provenance} Boundaries: Natural Earth.`,
		step: (number: number, total: number) => `Classroom, step ${number} of ${total}`
	},
	citation: {
		text: (args: {
			publisher: string;
			title: string;
			date: string;
			url: string;
			accessed: string;
			version: string;
			licence: string;
		}) =>
			`${args.publisher}, “${args.title}”, ${args.date}. Mapped in “${SITE_EN}” (data ${args.version}, ${args.licence}), this view: ${args.url} (accessed ${args.accessed}).`
	},
	preview: {
		homeTitle: SITE_EN,
		homeDescription:
			"Whose nationals were, or may have been, abducted by North Korea, and the countries and forums in Japan's efforts to resolve the issue, mapped from the Ministry of Foreign Affairs of Japan's page of 28 December 2018.",
		countryTitle: (name: string) => `${name} · ${SITE_EN}`,
		countryDescription: (name: string) =>
			`What the Ministry of Foreign Affairs of Japan's page of 28 December 2018 says about ${name}, on a world map.`,
		imageAlt: (title: string) => `World map: ${title}`,
		countrySubtitle: (status: string, dated: number, undated: number) =>
			`${status} · named in ${eventCounts(dated, undated)} of the document`
	},
	/** Embed pages and the Embed button (src/lib/embed/). */
	embed: {
		button: 'Embed',
		buttonHint: 'Embed this view in another site',
		dialogTitle: 'Embed this view',
		dialogLead:
			'Paste this code into a web page or a school site. It shows the map as it is now: the same layer, date and country.',
		width: 'Width (px)',
		/** The width field when the embed resizes: the frame fills its column up to this. */
		widest: 'Largest width (px)',
		height: 'Height (px)',
		responsive:
			'Resize to fit its content (responsive; the height is used where scripts are stripped)',
		fallbackHeight: 'Height without the script (px)',
		code: 'Code to paste',
		copy: 'Copy the code',
		copied: 'Copied. Paste it into your page.',
		copyFailed: 'Could not copy: select the code and copy it by hand.',
		close: 'Close',
		notLoaded: 'The embed code did not load (offline?); try again.',
		openFullMap: 'Open the full map',
		frameTitle: (view: string) => `Map: ${view}. ${SITE_EN}`,
		siteName: 'Abductions by North Korea',
		upTo: (date: string) => `up to ${date}`,
		source: 'Source',
		/** After the source's title: a link to this site's outline of the document, said as ours. */
		outline: 'our outline',
		pageTitle: (view: string) => `${view} · Embedded map · Abductions by North Korea`
	}
};
