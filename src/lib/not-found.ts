/**
 * Where an unknown address sends the reader: drawn by +error.svelte, and by hooks.server.ts
 * without JavaScript. The words are in the messages (notFound), in both languages.
 */
import { withoutLocale } from '$lib/i18n/locale';
export const NOT_FOUND = {
	example: { path: '/country/kor' },
	links: [
		{ path: '/', label: 'backToMap' },
		{ path: '/table', label: 'findInTable' }
	]
} as const;

/** The classroom walk's length (tested against its steps), said when a step does not exist. */
export const CLASSROOM_STEPS = 10;

/**
 * What an unknown address was after, from its path inside the site (base removed): a classroom
 * step (/present/99, /ja/present/0) gets the walk's own message; anything else the general one.
 */
export function notFoundTopic(path: string): 'step' | 'page' {
	return /^\/present\/[^/]+\/?$/i.test(withoutLocale(path)) ? 'step' : 'page';
}
