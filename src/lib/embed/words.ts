/** Every English word of the embed pages and the Embed button, in one place for translation. */
export const EMBED_WORDS = {
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
	/** The iframe's title, read by screen readers on the host page. */
	frameTitle: (view: string) => `Map: ${view}. Abductions by North Korea: the world's response`,
	siteName: 'Abductions by North Korea',
	upTo: (date: string) => `up to ${date}`,
	source: 'Source',
	pageTitle: (view: string) => `${view} · Embedded map · Abductions by North Korea`
} as const;
