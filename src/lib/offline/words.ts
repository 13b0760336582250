/** Every English word of the offline feature, in one place for translation. */
export const OFFLINE_WORDS = {
	updateAvailable: 'A new version is available —',
	reload: 'Reload'
} as const;
