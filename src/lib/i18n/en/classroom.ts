/** English: the classroom walk, the presenter's window and the handout. */
import { SITE_EN } from './site';

export const enClassroom = {
	classroom: {
		title: 'Classroom',
		step: (n: number, total: number) => `Step ${n} of ${total}`,
		stepTitle: (n: number, total: number, headline: string) =>
			`Step ${n} of ${total}: ${headline} · Classroom`,
		tools: 'Teacher tools',
		presenterView: 'Presenter view',
		handout: 'Handout',
		leave: 'Leave',
		steps: 'Steps',
		previous: '← Previous',
		next: 'Next →',
		mapLabel: "World map of this step's countries.",
		/**
		 * The short forms a slide's map writes, the same on every step: room on a world map is
		 * scarce, and a name too long for it would stand over a neighbour.
		 */
		slideNames: { PRK: 'N. Korea', KOR: 'S. Korea', GBR: 'UK', USA: 'US' } as Readonly<
			Record<string, string>
		>,
		description: (n: number, total: number, headline: string, sources: string) =>
			`Classroom step ${n} of ${total}: ${headline} ${sources}, the Ministry of Foreign Affairs of Japan's page of 28 December 2018.`,
		handoutHeading: 'Classroom handout: every step on its own sheet',
		startTitle: `Classroom · ${SITE_EN}`,
		startHeading: 'Classroom walk through the document',
		startLink: 'Start at step 1'
	},
	presenter: {
		title: (heading: string) => `Presenter · ${heading}`,
		clock: 'Time',
		elapsed: 'Elapsed',
		restart: 'Restart clock',
		current: 'Current step',
		notes: 'Speaker notes',
		next: (heading: string) => `Next: ${heading}`,
		last: 'This is the last step',
		keys: 'Arrows, Page keys or Space move both windows · Home, End'
	},
	handout: {
		title: 'Handout',
		back: 'Back to the classroom walk',
		printHint: 'Print this page for one A4 sheet per step.',
		print: 'Print',
		mapAlt: (title: string, named: string) => `Map: ${title}. Named on it: ${named}.`,
		boundaries: 'Boundaries: Natural Earth.'
	}
};
