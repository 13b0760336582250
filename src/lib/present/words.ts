/** The classroom pages' own words that are not part of a step (one place, for translation). */
export const CLASSROOM_WORDS = {
	/** The handout's page heading: on screen, not printed. */
	handoutHeading: 'Classroom handout: every step on its own sheet',
	/** /present, which sends the reader on to the first step. */
	startTitle: "Classroom · Abductions by North Korea: the world's response",
	startHeading: 'Classroom walk through the document',
	startLink: 'Start at step 1'
} as const;
