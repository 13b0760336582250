/**
 * English: the lesson's questions (one or two a step, see $lib/lesson/questions.ts for what is
 * shared by every language), the student page, the slide's answer and QR code, the worksheet.
 */
export const enLesson = {
	lesson: {
		question: 'Question',
		questions: 'Questions',
		findOnMap: 'Find on the map',
		openQuestion: 'Think, then reveal',
		studentTitle: (n: number, headline: string) => `Question, step ${n}: ${headline}`,
		studentHeading: (n: number) => `Step ${n}: your question`,
		pickHint: 'Tap the countries on the map or in the list, then check.',
		countries: 'Countries',
		chosen: (n: number) => (n === 1 ? '1 country chosen' : `${n} countries chosen`),
		check: 'Check my answer',
		again: 'Try again',
		reveal: 'Show the answer',
		hide: 'Hide the answer',
		answer: 'Answer',
		score: (right: number, total: number, wrong: number) =>
			`${right} of ${total} right` + (wrong ? `, ${wrong} not in the answer` : ''),
		mark: { right: 'Right', wrong: 'Not in the answer', missed: 'Missed' },
		chosenLegend: 'Your choice',
		legendTitle: 'Your answer',
		context: 'Context: the document names the group, not its members.',
		private: 'Your answer stays on this device: nothing is sent.',
		backToSlide: 'Back to the step',
		otherSteps: 'Other steps',
		// Following the teacher's slide (a classroom served from the teacher's computer)
		followLabel: 'Follow the teacher’s slide',
		followOn: 'This page turns to each step the teacher shows.',
		followConnecting: 'Connecting to the teacher’s computer…',
		followUnavailable:
			'Following works only when your teacher serves the site from their own computer; until then, turn the steps yourself.',
		// The slide and presenter
		askOnSlide: 'Ask on the slide',
		revealOnSlide: 'Reveal the answer',
		hideOnSlide: 'Hide on the slide',
		presenterKeys: 'A: ask the next question, then reveal its answer · Q: QR code',
		revealed: 'Answer',
		qrTitle: 'Answer on your phone',
		qrAlt: (address: string) => `QR code for ${address}`,
		/** On the projected slide, for the class: what is wrong, not how to set a server up. */
		qrLocalOnly: 'Phones cannot open this address: it belongs to this computer only.',
		/** In the presenter view, for the teacher: how phones can reach the slide. */
		qrLocalOnlySetup:
			'Phones cannot open the QR code’s address: the site runs on this computer only. Start it with HOST=0.0.0.0 npm start to serve it on the school network (see the README).',
		qrHide: 'Q hides this',
		// The worksheet
		worksheetTitle: 'Worksheet',
		worksheetHeading: 'Classroom worksheet: questions for each step',
		answersTitle: 'Answer sheet',
		answersHeading: 'Classroom worksheet: the answers',
		worksheetHint: 'Print for two steps per A4 page.',
		name: 'Name',
		mapAnswerLine: 'Countries:',
		toAnswers: 'Answer sheet',
		toWorksheet: 'Worksheet'
	},
	/** Each question in our own words, and its answer as the document supports it. */
	questions: {
		'taken-testimony': {
			prompt:
				'Returned Japanese abductees told of people from other countries. Which countries does the document say may have lost people this way?',
			answer:
				'Three countries: on the word of returned Japanese abductees and others, people from them may have been abducted. The document does not say they were.'
		},
		'taken-china': {
			prompt: 'How does the document word what it says about China, compared with Thailand?',
			answer:
				'Of Thailand it says that the testimony of returned Japanese abductees and others has shown Thai people may have been abducted. Of China it makes no statement of its own: it passes on what is said, on the testimony of returned South Korean abductees and others, that Chinese and other nationals were abducted.'
		},
		'un-cotable': {
			prompt:
				'Who puts the UN resolution on human rights in North Korea forward, and how often had it passed by October 2018?',
			answer:
				'Japan and the European Union table it together. It had passed in the Human Rights Council 11 years running and in the General Assembly 13 years running.'
		},
		'inquiry-visits': {
			prompt:
				'The UN Commission of Inquiry travelled to gather evidence. Which countries did it visit?',
			answer:
				'Five countries, according to the document; it does not say when each visit took place.'
		},
		'inquiry-dates': {
			prompt: 'When was the Commission of Inquiry set up, and when did it report?',
			answer:
				'The Human Rights Council set it up without a vote in March 2013; its report came out in February 2014.'
		},
		'after-report-referral': {
			prompt: 'After the report, what did the UN ask the Security Council to think about?',
			answer:
				'The Council in March 2014 recommended it consider sending the situation to a suitable international criminal justice body; the General Assembly in December 2014 encouraged it to act, the International Criminal Court included.'
		},
		'follow-up-seoul': {
			prompt: 'The UN human rights office opened a field office in 2015. In which country?',
			answer: 'In Seoul, in June 2015; later resolutions set out to strengthen it.'
		},
		'follow-up-council': {
			prompt: 'What has the Security Council done since December 2014?',
			answer:
				'It first discussed the situation, human rights included, in December 2014, and has met on it four years in a row since; Japan used those meetings to press for the abductions to be settled soon.'
		},
		'six-party-normalise': {
			prompt:
				'The Six-Party Talks set a goal of normalising relations between two countries. Which two?',
			answer:
				'Japan and North Korea: normal relations were to rest on settling the abductions and other outstanding issues.'
		},
		'six-party-concern': {
			prompt: 'Does the October 2007 outcome document name the abductions?',
			answer:
				'Not in so many words. It speaks of "outstanding issues of concern"; the Japanese page reads the abductions as one of them.'
		},
		'summits-g7': {
			prompt:
				'At Charlevoix in June 2018, which group’s leaders does the document say backed Japan? Mark its members.',
			answer:
				'The G7 leaders gave their support and the communiqué named the issue. The document names the G7, not its members: the seven countries are context.'
		},
		'summits-charlevoix': {
			prompt: 'What did Japan ask of the world at the UN General Assembly in September 2018?',
			answer:
				'Prime Minister Abe asked every nation to understand and cooperate so that all abductees can return.'
		},
		'us-partners': {
			prompt:
				'Which countries does section 4 give as examples of Japan raising the issue in one-to-one talks?',
			answer:
				'Four examples: the United States, South Korea, China and Russia, each of which, the document says, understands and supports Japan.'
		},
		'us-trump': {
			prompt: 'What did President Trump do about the abductions, according to the document?',
			answer:
				"He met abductees' families in Japan in November 2017 and, the document says, at Abe's request raised the issue with Kim Jong-Un at their June 2018 summit."
		},
		'neighbours-trilateral': {
			prompt:
				'At the three-way summit of May 2018, the leaders of which two countries did Abe ask for support?',
			answer:
				'The leaders of South Korea and China: the summit had Japan, China and South Korea round the table.'
		},
		'neighbours-first': {
			prompt: 'What happened for the first time at that May 2018 summit?',
			answer: 'Its outcome document referred to the abductions for the first time.'
		},
		'congress-coordinate': {
			prompt:
				'A 2016 House resolution urged the US government to work with other governments on a possibly abducted US citizen. Which governments?',
			answer:
				'Japan, China and South Korea, to look into the case of one US citizen who may have been abducted.'
		},
		'congress-certainty': {
			prompt: 'How sure is the document that a US citizen was abducted?',
			answer:
				'Not sure: it speaks of a citizen "possibly" abducted, and only as the subject of a resolution. Japan says it will keep watching Congress.'
		}
	}
};
