/**
 * The interface's words in English that every page of the app may show, joined from their areas.
 * The classroom's and the plain pages' words are apart (see ../types.ts).
 */
import type { Messages } from '../types';
import { enMap } from './map';
import { enShare } from './share';
import { enSite } from './site';
import { enProvenance } from './provenance';

export const en: Messages = {
	...enSite,
	...enMap,
	...enShare,
	...enProvenance
};
