/**
 * The interface's words in Japanese that every page of the app may show, joined from their areas.
 * The classroom's and the plain pages' words are apart (see ../types.ts).
 */
import type { Messages } from '../types';
import { jaMap } from './map';
import { jaShare } from './share';
import { jaSite } from './site';
import { jaProvenance } from './provenance';

export const ja: Messages = {
	...jaSite,
	...jaMap,
	...jaShare,
	...jaProvenance
};
