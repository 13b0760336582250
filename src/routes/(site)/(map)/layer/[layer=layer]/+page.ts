import { LAYERS } from '$lib/state/view';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => LAYERS.map((layer) => ({ layer }));
