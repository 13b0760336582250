/**
 * Dates, plurals and lists as each language writes them, from the platform's Intl (CLDR data in
 * Node and in every browser), so a catalog names its language's tag and writes no month table or
 * plural rule of its own. Formatters are made on first use: a page that shows no date pays nothing.
 */

/** `(2013, 3)` -> `March 2013`, `(2007, 9, 27)` -> `27 September 2007` in 'en-GB'; `2013年3月` in 'ja'. */
export function dateFormat(tag: string): (year: number, month: number, day?: number) => string {
	let byDay: Intl.DateTimeFormat | undefined;
	let byMonth: Intl.DateTimeFormat | undefined;
	return (year, month, day) => {
		// Dates are calendar dates, not instants: made and read in UTC, whatever the reader's zone.
		const when = new Date(0);
		when.setUTCFullYear(year, month - 1, day ?? 1);
		const format = day
			? (byDay ??= new Intl.DateTimeFormat(tag, {
					year: 'numeric',
					month: 'long',
					day: 'numeric',
					timeZone: 'UTC'
				}))
			: (byMonth ??= new Intl.DateTimeFormat(tag, {
					year: 'numeric',
					month: 'long',
					timeZone: 'UTC'
				}));
		return format.format(when);
	};
}

/** The words for each plural category the language has; `other` is always needed. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the form of a count by the language's plural rules: ('en') 1 -> one, 2 -> other. */
export function pluralRules(tag: string): (n: number, forms: PluralForms) => string {
	let rules: Intl.PluralRules | undefined;
	return (n, forms) => forms[(rules ??= new Intl.PluralRules(tag)).select(n)] ?? forms.other;
}

/**
 * Joins a list as the language does: ('en-GB') `a, b and c`. A list of one is that one, in every
 * language, so it makes no formatter: the first Intl.ListFormat of a page costs a phone tens of
 * milliseconds while the page wakes, and most of the site's lists (a classroom step's source
 * line) have a single item.
 */
export function listFormat(tag: string): (items: readonly string[]) => string {
	let list: Intl.ListFormat | undefined;
	return (items) =>
		items.length < 2
			? (items[0] ?? '')
			: (list ??= new Intl.ListFormat(tag, { type: 'conjunction' })).format(items);
}
