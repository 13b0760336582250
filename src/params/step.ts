/** Classroom steps are numbered from 1; anything else is not a step URL. */
export { isStepSegment as match } from '$lib/address';
