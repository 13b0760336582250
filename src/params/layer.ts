import { LAYERS } from '$lib/state/view';

/** A layer's own page: /layer/engagement. Anything else is not a layer URL. */
export function match(param: string): boolean {
	return (LAYERS as readonly string[]).includes(param);
}
