/** Every word of the interface in Korean, joined from its areas. */
import type { Messages } from '../types';
import { koClassroom } from './classroom';
import { koMap } from './map';
import { koShare } from './share';
import { koSite } from './site';
import { koProvenance } from './provenance';
import { koAbout } from './about';

export const ko: Messages = {
	...koSite,
	...koMap,
	...koClassroom,
	...koShare,
	...koProvenance,
	...koAbout
};
