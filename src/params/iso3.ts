/** Country pages are keyed by a lower-case ISO alpha-3 code; anything else is not a country URL. */
export { isCountrySegment as match } from '$lib/address';
