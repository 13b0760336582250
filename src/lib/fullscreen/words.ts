/** Every English word of the map page's full-screen button, in one place for translation. */
export const FULLSCREEN_WORDS = {
	enter: 'Full screen',
	leave: 'Leave full screen',
	/** After the label: the key that does the same. */
	keyHint: '(F)'
} as const;
