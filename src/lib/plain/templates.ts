/**
 * A message that takes a list, carried into a page without the app's script: rendered once per
 * list length with numbered holes (`{0}`, `{1}`), then filled in the browser. The words, their
 * order and their separators stay the catalog's, in every language.
 */

/** The message for lists of 1 to `most` parts, each with holes where the parts go. */
export function listTemplates(
	message: (parts: readonly string[]) => string,
	most: number
): string[] {
	return Array.from({ length: most }, (_, n) =>
		message(Array.from({ length: n + 1 }, (_, i) => `{${i}}`))
	);
}

/** The message for these parts; a list longer than the templates is cut to the longest one. */
export function fillTemplate(templates: readonly string[], parts: readonly string[]): string {
	const kept = parts.slice(0, templates.length);
	const template = templates[kept.length - 1] ?? '';
	// One pass over the template: a part that itself reads "{1}" is not filled in again.
	return template.replace(/\{(\d+)\}/g, (hole, index: string) => kept[Number(index)] ?? hole);
}
