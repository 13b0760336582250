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
		/** The last step's way on: back to every step, with the handout and the worksheet. */
		finish: 'All steps →',
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
		startLink: 'Start at step 1',
		/** The classroom's own page (/present): what the walk is, how to drive it, every step. */
		indexLede: (steps: number, minutes: number) =>
			`A walk through the document in ${steps} steps, for a projector or a large screen. Each step fits one screen with its map and key, and says which section of the document it comes from. Teacher tools time it at ${minutes} minutes, questions included, with a clock and each step’s share.`,
		indexKeys:
			'On a step: the right arrow, Space or a clicker moves on, the left arrow goes back; O shows every step, F fills the screen, B blanks it. Teacher tools opens the presenter view (notes, the next step and a clock) in a second window.',
		indexPrint: 'To print',
		indexSteps: 'The steps',
		overview: 'All steps',
		overviewHint: 'A number key opens its step (0 for step 10) · Esc closes',
		overviewStep: (n: number, title: string) => `${n}. ${title}`,
		blanked: 'The screen is blank: press any key or click to return.'
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
		keys: 'Arrows, Page keys or Space move both windows · Home, End · 1–9, 0 jump',
		slideKeys: 'On the slide: B or . blanks it black, W white · O shows every step',
		blackButton: 'Black screen (B)',
		blackedOut: 'The class sees a black screen. Any key brings the slide back.',
		whitedOut: 'The class sees a white screen. Any key brings the slide back.',
		plan: 'Plan',
		planned: (minutes: number, until: number) =>
			`${minutes} min for this step, until ${until}:00 of 45:00`,
		pace: (behind: number) =>
			behind > 0 ? `${behind} min behind` : behind < 0 ? `${-behind} min ahead` : 'On time'
	},
	handout: {
		title: 'Handout',
		back: 'Back to the classroom page',
		printHint: 'Print this page for one A4 sheet per step.',
		print: 'Print',
		mapAlt: (title: string, named: string) => `Map: ${title}. Named on it: ${named}.`,
		boundaries: 'Boundaries: Natural Earth.'
	}
};
