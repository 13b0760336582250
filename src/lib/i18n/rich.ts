/**
 * Prose with a little markup, kept in a catalog: plain text, a stressed word, a cited title.
 * `RichText.svelte` renders it, so a language's long prose (About) lives beside its other words
 * instead of in a component of its own.
 */
export type RichPart =
	| string
	| { em: string }
	/** A cited title; `lang` when it is in another language than the page. */
	| { cite: string; lang?: string };

export type Rich = readonly RichPart[];

/** The facts About's opening sentence is built from. */
export interface AboutSource {
	title: string;
	publisher: string;
	published: string;
	/** The document's title in its own language (English), for a translated page. */
	originalTitle: string;
}

/** A Rich text's words alone, for tests and plain-text uses. */
export function plainText(rich: Rich): string {
	return rich
		.map((part) => (typeof part === 'string' ? part : 'em' in part ? part.em : part.cite))
		.join('');
}
