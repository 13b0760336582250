/**
 * The interface's words in Korean that every page of the app may show, joined from their areas.
 * The classroom's and the plain pages' words are apart (see ../types.ts).
 */
import type { Messages } from '../types';
import { koMap } from './map';
import { koShare } from './share';
import { koSite } from './site';
import { koProvenance } from './provenance';

export const ko: Messages = {
	...koSite,
	...koMap,
	...koShare,
	...koProvenance
};
