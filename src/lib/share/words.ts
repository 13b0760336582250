/**
 * Every English word of sharing, citing and exporting, in one place so the Japanese can be added
 * beside it.
 */
export const SITE_NAME = "Abductions by North Korea: the world's response";

export const SHARE_WORDS = {
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
	stepSvgLabel: 'Save SVG of this step'
} as const;

/** Words inside the exported pictures and link previews. */
export const PICTURE_WORDS = {
	hatched: ' (hatched)',
	asDocument: (date: string) => `As the document stands, ${date}`,
	upTo: (month: string, date: string) => `Events up to ${month} (document of ${date})`,
	source: (title: string, publisher: string, date: string) =>
		`Source: ${publisher}, “${title}”, ${date}. Boundaries: Natural Earth.`,
	step: (number: number, total: number) => `Classroom, step ${number} of ${total}`
} as const;

export const CITE_WORDS = {
	citation: (args: {
		publisher: string;
		title: string;
		date: string;
		url: string;
		accessed: string;
	}) =>
		`${args.publisher}, “${args.title}”, ${args.date}. Mapped in “${SITE_NAME}”, this view: ${args.url} (accessed ${args.accessed}).`
} as const;

export const PREVIEW_WORDS = {
	homeTitle: SITE_NAME,
	homeDescription:
		"Whose nationals North Korea abducted, and which countries and forums Japan engaged, mapped from the Ministry of Foreign Affairs of Japan's page of 28 December 2018.",
	countryTitle: (name: string) => `${name} · ${SITE_NAME}`,
	countryDescription: (name: string) =>
		`What the Ministry of Foreign Affairs of Japan's page of 28 December 2018 says about ${name}, on a world map.`,
	imageAlt: (title: string) => `World map: ${title}`,
	countrySubtitle: (status: string, events: number) =>
		`${status} · named in ${events} dated ${events === 1 ? 'event' : 'events'} of the document`
} as const;
