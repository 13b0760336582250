// The one rule for a page's canonical address: lower case, one slash between parts and none at
// the end ('/country/KOR' and '/ja/' are '/country/kor' and '/ja'). Plain JavaScript, so that both the 404 page in the
// browser (+error.svelte) and the static server (scripts/serve.js) use this very rule.

/**
 * The canonical form of a path inside the site (the base path already removed), or the path
 * itself when it is canonical. The site root stays '/'.
 * @param {string} path
 * @returns {string}
 */
export function canonicalPath(path) {
	// Never '//host': a redirect there would leave the site.
	const trimmed = path.replace(/\/{2,}/g, '/').replace(/\/+$/, '') || '/';
	return trimmed.toLowerCase();
}
