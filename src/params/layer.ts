import { isLayer } from '$lib/address';

/** A layer's own page: /layer/engagement. Anything else is not a layer URL. */
export function match(param: string): boolean {
	return isLayer(param);
}
