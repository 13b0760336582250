/**
 * Where an unknown address sends the reader: drawn by +error.svelte, and by hooks.server.ts
 * without JavaScript. The words are in the messages (notFound), in both languages.
 */
export const NOT_FOUND = {
	example: { path: '/country/kor' },
	links: [
		{ path: '/', label: 'backToMap' },
		{ path: '/table', label: 'findInTable' }
	]
} as const;
