/**
 * The names a slide's map writes: the page's country names, with the classroom's short forms
 * ("N. Korea") in their place, so a country has one form on every step.
 */
export function slideNames(
	countryNames: ReadonlyMap<string, string>,
	shortForms: Readonly<Record<string, string>>
): Map<string, string> {
	const names = new Map(countryNames);
	for (const [iso3, short] of Object.entries(shortForms))
		if (names.has(iso3)) names.set(iso3, short);
	return names;
}
