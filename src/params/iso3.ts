/** Country pages are keyed by a lower-case ISO alpha-3 code; anything else is not a country URL. */
export function match(param: string): boolean {
	return /^[a-z]{3}$/.test(param);
}
