/** Classroom steps are numbered from 1; anything else is not a step URL. */
export function match(param: string): boolean {
	return /^[1-9]\d?$/.test(param);
}
