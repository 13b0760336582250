/** Every word of the interface in English, joined from its areas. */
import type { Messages } from '../types';
import { enClassroom } from './classroom';
import { enMap } from './map';
import { enShare } from './share';
import { enSite } from './site';
import { enProvenance } from './provenance';
import { enAbout } from './about';

export const en: Messages = {
	...enSite,
	...enMap,
	...enClassroom,
	...enShare,
	...enProvenance,
	...enAbout
};
