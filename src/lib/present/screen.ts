/**
 * What covers the projected slide besides the step: a blank screen (black or white, as a
 * clicker's "blank" key asks) and the overview of every step. A blank screen gives way to any
 * key or click, and that key does nothing else, so a clicker pressed to wake the screen never
 * turns the step as well.
 */
import type { StepAction } from './keys';

export type Blank = 'black' | 'white';

export interface Screen {
	blank: Blank | null;
	overview: boolean;
}

export const PLAIN_SCREEN: Screen = { blank: null, overview: false };

/**
 * The screen after a key (`action` is what the key map reads, null for any other key), and
 * whether the key was spent on the screen (then it must not also move the walk).
 */
export function screenAfterKey(
	screen: Screen,
	action: StepAction | null
): { screen: Screen; spent: boolean } {
	if (screen.blank) return { screen: { ...screen, blank: null }, spent: true };
	if (action === 'black' || action === 'white')
		return { screen: { ...screen, blank: action }, spent: true };
	if (action === 'overview')
		return { screen: { ...screen, overview: !screen.overview }, spent: true };
	// Escape closes the overview when it is open, and opens it when nothing else is.
	if (action === 'escape')
		return { screen: { ...screen, overview: !screen.overview }, spent: true };
	// A jump leaves the overview: the step it chose is what the class should see.
	if (action?.startsWith('step-')) return { screen: { ...screen, overview: false }, spent: false };
	return { screen, spent: false };
}
