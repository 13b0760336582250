/** Every word of the interface in Japanese, joined from its areas. */
import type { Messages } from '../types';
import { jaClassroom } from './classroom';
import { jaMap } from './map';
import { jaShare } from './share';
import { jaSite } from './site';
import { jaProvenance } from './provenance';
import { jaAbout } from './about';

export const ja: Messages = {
	...jaSite,
	...jaMap,
	...jaClassroom,
	...jaShare,
	...jaProvenance,
	...jaAbout
};
