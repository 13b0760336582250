/** What an unknown address says: drawn by +error.svelte, and by hooks.server.ts without JavaScript. */
export const NOT_FOUND = {
	title: "Not found · Abductions by North Korea: the world's response",
	heading: 'Page not found',
	lead: 'This address is not a page of the dashboard. Country pages use a three-letter ISO code, such as',
	example: { path: '/country/kor', name: 'South Korea' },
	links: [
		{ path: '/', label: 'Back to the world map' },
		{ path: '/table', label: 'Find a country in the table of all countries' }
	]
} as const;
