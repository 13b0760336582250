/**
 * The classroom walk: one step per idea of the document, short enough to fit a projector at
 * 1024x768 with its map and legend. Each step has a short title (the header), a headline, a few
 * points in our own words, speaker notes with the section each comes from, and the countries its
 * map colours: exactly those its words name (steps.test.ts checks both ways).
 */

/** How a group of countries is drawn on a step's map; see look.ts for the colours. */
export type MarkTone =
	| 'japan'
	| 'abducted'
	| 'possibly-abducted'
	| 'reported'
	| 'named'
	| 'partner'
	| 'context'
	| 'second-context'
	| 'responsible';

export interface StepMark {
	/** The legend's words for this group. */
	label: string;
	tone: MarkTone;
	/** ISO alpha-3 codes, or a group of data/groups.json whose members the mark takes. */
	countries: string[] | { group: string };
	/** For a group: the words of the step that name it (e.g. 'G7'), so the map never adds one. */
	named?: string;
}

export interface SpeakerNote {
	text: string;
	/** The section of the document the note rests on. */
	section: string;
}

export interface Step {
	/** Where we are, for the header: "Step 2 of 10 · The United Nations". */
	title: string;
	headline: string;
	points: string[];
	/** Sections of the document the step covers, for the footer's source line. */
	sections: string[];
	/** What the teacher may add, for the presenter view; nothing beyond the document. */
	notes: SpeakerNote[];
	/** The legend's title. */
	mapTitle: string;
	marks: StepMark[];
}

export const STEPS: Step[] = [
	{
		title: 'Who was taken',
		headline: 'Abductions by North Korea reach many countries',
		points: [
			'Japan and South Korea: the document states that their people were abducted.',
			'Thailand, Romania and Lebanon: Japanese returnees and others have testified that some of their people may have been.',
			'China: Chinese and other nationals are said to have been taken too, on the word of South Korean returnees and others.'
		],
		sections: ['intro'],
		notes: [
			{
				text: 'Japan’s starting point: it must press North Korea itself and also win the backing of other governments, so it brings the issue up at every diplomatic chance.',
				section: 'intro'
			},
			{
				text: 'The certainty differs. Many South Koreans are known to have been abducted; for Thailand, Romania and Lebanon the evidence is what returned Japanese abductees and others said; for China and other nationals it is what is said on the testimony of South Korean returnees and others.',
				section: 'intro'
			},
			{
				text: 'The document calls abduction a universal issue for the international community, because it violates fundamental human rights.',
				section: 'intro'
			}
		],
		mapTitle: 'Whose people were taken, and how sure the document is',
		marks: [
			{ label: 'Abducted (stated)', tone: 'abducted', countries: ['JPN', 'KOR'] },
			{
				label: 'May have been abducted (returnees’ testimony)',
				tone: 'possibly-abducted',
				countries: ['THA', 'ROU', 'LBN']
			},
			{ label: 'Said to have been abducted (second-hand)', tone: 'reported', countries: ['CHN'] },
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: 'The United Nations',
		headline: 'At the UN: resolutions year after year',
		points: [
			'Japan and the EU co-table a resolution on human rights in North Korea at the Human Rights Council and at the General Assembly.',
			'Each body adopts its own resolution. By October 2018 the Council had done so 11 years in a row, the Assembly 13.'
		],
		sections: ['1(a)'],
		notes: [
			{
				text: 'There are two bodies and a separate resolution at each, every year: 11 consecutive adoptions at the Human Rights Council and 13 at the General Assembly, counted as of October 2018.',
				section: '1(a)'
			},
			{
				text: 'The EU’s member states are not listed in the document; the map shows the 28 members of 2018 as context.',
				section: '1(a)'
			}
		],
		mapTitle: 'Who co-tables the resolutions',
		marks: [
			{ label: 'Japan', tone: 'japan', countries: ['JPN'] },
			{
				label: 'EU members in 2018 (context)',
				tone: 'context',
				countries: { group: 'eu' },
				named: 'EU'
			},
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: 'The Commission of Inquiry',
		headline: 'A UN Commission of Inquiry',
		points: [
			'March 2013: the Human Rights Council set up a Commission of Inquiry, by consensus, without a vote.',
			'It looked into human rights in North Korea, the abductions included, with visits to Japan, South Korea, the US, the UK and Thailand.',
			'Its final report came out in February 2014.'
		],
		sections: ['1(b)'],
		notes: [
			{
				text: 'The Commission was created by a Council resolution adopted by consensus at the March 2013 session.',
				section: '1(b)'
			},
			{
				text: 'The document names the five countries visited but gives no dates for the visits.',
				section: '1(b)'
			}
		],
		mapTitle: 'Where the Commission went',
		marks: [
			{
				label: 'Visited by the Commission',
				tone: 'named',
				countries: ['JPN', 'KOR', 'USA', 'GBR', 'THA']
			},
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: 'After the report',
		headline: 'After the report: the strongest resolutions yet',
		points: [
			'March 2014: building on the report, the Council condemned North Korea’s abuses in the strongest terms and recommended that the Security Council consider referring the situation to international criminal justice.',
			'December 2014: the General Assembly, with a record number of co-sponsors, referred to “crimes against humanity” and encouraged the Security Council to consider the International Criminal Court.'
		],
		sections: ['1(c)', '1(d)'],
		notes: [
			{
				text: 'The March 2014 Council resolution passed by an overwhelming majority and was stronger than any before it. It urged North Korea to end all abuses, abductions included, and asked for a structure to follow up the report.',
				section: '1(c)'
			},
			{
				text: 'The December 2014 Assembly resolution, also adopted by an overwhelming majority, condemned systematic, widespread and gross violations and encouraged the Security Council to consider a referral to the International Criminal Court.',
				section: '1(d)'
			}
		],
		mapTitle: 'Whose abuses the resolutions condemn',
		marks: [{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }]
	},
	{
		title: 'UN follow-up',
		headline: 'UN follow-up: Seoul and the Security Council',
		points: [
			'June 2015: the UN human rights office opened a field-based structure in Seoul, South Korea.',
			'2016 to 2018: independent experts on accountability were named, and resolutions sought to strengthen the UN human rights office, Seoul included.',
			'The Security Council took up North Korea’s situation in December 2014 and has met on it for four consecutive years; Japan has urged a swift end to the abductions issue there.'
		],
		sections: ['1(e)', '1(f)'],
		notes: [
			{
				text: 'September 2016: independent experts were appointed to focus on accountability. March 2017: a resolution set out to strengthen the capacity of the UN human rights office (OHCHR), its Seoul structure included; the March 2018 Council resolution urged speeding that up.',
				section: '1(e)'
			},
			{
				text: 'The document counts the four consecutive years of meetings from the Council’s December 2014 discussion, and gives no more detail about them.',
				section: '1(f)'
			}
		],
		mapTitle: 'The countries in this step',
		marks: [
			{ label: 'Host of the UN office in Seoul', tone: 'named', countries: ['KOR'] },
			{ label: 'Japan', tone: 'japan', countries: ['JPN'] },
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: 'The Six-Party Talks',
		headline: 'The Six-Party Talks',
		points: [
			'September 2005: the talks’ Joint Statement set a goal of steps towards normal Japan–North Korea relations, on the basis of settling the abductions and other issues.',
			'February 2007: the talks agreed to set up a working group on normalising relations.',
			'October 2007: another outcome document reaffirmed that aim; Japan reads the abductions as among the issues it names.'
		],
		sections: ['2'],
		notes: [
			{
				text: 'Japan raised the abductions at the talks. The goal was set in the Joint Statement of September 2005; the working group was decided in an outcome document of February 2007.',
				section: '2'
			},
			{
				text: 'The October 2007 outcome document speaks of “outstanding issues of concern”; that the abductions are among them is Japan’s reading, which the document states with confidence.',
				section: '2'
			},
			{
				text: 'The document does not list the six parties; the map shows them as context.',
				section: '2'
			}
		],
		mapTitle: 'Who sat at the talks',
		marks: [
			{ label: 'Japan', tone: 'japan', countries: ['JPN'] },
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] },
			{
				label: 'The other parties (context)',
				tone: 'context',
				countries: { group: 'six-party' },
				named: 'Six-Party'
			}
		]
	},
	{
		title: 'Summits of many nations',
		headline: 'Summits of many nations',
		points: [
			'Japan raises the issue at G7 summits and ASEAN-related summits, and other nations back its efforts.',
			'June 2018, Charlevoix: the G7 leaders supported Japan and named the issue in their communiqué.',
			'September 2018: at the UN General Assembly, Prime Minister Abe asked every nation to help bring all abductees home.'
		],
		sections: ['3'],
		notes: [
			{
				text: 'The document says the importance of resolving the issue, and Japan’s efforts, have won other nations’ clear understanding and support.',
				section: '3'
			},
			{
				text: 'The members of the G7 and of ASEAN are context, not named in the document; ASEAN-related summits also bring in countries beyond ASEAN’s ten.',
				section: '3'
			}
		],
		mapTitle: 'The G7 and ASEAN',
		marks: [
			{ label: 'Japan', tone: 'japan', countries: ['JPN'] },
			{
				label: 'Other G7 members (context)',
				tone: 'context',
				countries: { group: 'g7' },
				named: 'G7'
			},
			{
				label: 'ASEAN members (context)',
				tone: 'second-context',
				countries: { group: 'asean' },
				named: 'ASEAN'
			}
		]
	},
	{
		title: 'Country by country: the US',
		headline: 'Country by country: the United States',
		points: [
			'Japan raises the issue in talks with countries such as the US, South Korea, China and Russia.',
			'November 2017: visiting Japan, President Trump met abductees’ families and heard their appeals.',
			'June 2018: at Abe’s request, he raised the issue with Kim Jong-Un at the US–North Korea summit.'
		],
		sections: ['4'],
		notes: [
			{
				text: 'Summits and foreign ministers’ meetings with these countries, and others: the document says “such as”, so these are examples, not a full list. It says they understand and support Japan’s position.',
				section: '4'
			},
			{
				text: 'In November 2017 the President and Prime Minister Abe shared the view that both countries would keep working together on the issue. The US also raises it on other occasions, including Secretary of State Pompeo’s visits to North Korea.',
				section: '4'
			}
		],
		mapTitle: 'Partners named in section 4',
		marks: [
			{ label: 'Japan', tone: 'japan', countries: ['JPN'] },
			{
				label: 'Named among Japan’s partners (“such as”)',
				tone: 'named',
				countries: ['USA', 'KOR', 'CHN', 'RUS']
			},
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: 'Country by country: neighbours',
		headline: 'Country by country: Japan’s neighbours',
		points: [
			'South Korea has raised the issue with North Korea repeatedly, including at the April 2018 Inter-Korean Summit.',
			'May 2018: for the first time, a Japan–China–South Korea summit’s outcome document mentioned the abductions.',
			'September 2018: Russia’s President Putin showed understanding, and China’s President Xi gave Japan full support.'
		],
		sections: ['4'],
		notes: [
			{
				text: 'At the May 2018 trilateral summit Abe asked President Moon and Premier Li Keqiang for support; with their understanding, the outcome document referred to the issue for the first time.',
				section: '4'
			},
			{
				text: 'At the Japan–Russia summit of September 2018 Abe asked for Russia’s cooperation; at the Japan–China summit that month Xi backed Japan’s position on resolving the issue early.',
				section: '4'
			}
		],
		mapTitle: 'Neighbours named in section 4',
		marks: [
			{ label: 'Japan', tone: 'japan', countries: ['JPN'] },
			{ label: 'Named in this step', tone: 'named', countries: ['KOR', 'CHN', 'RUS'] },
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: 'The US Congress',
		headline: 'The US Congress takes up a case',
		points: [
			'September 2016: the House urged the US government to work with Japan, China and South Korea on the case of a US citizen possibly abducted by North Korea.',
			'An identical text went to the Senate in March 2017; its Foreign Relations Committee approved it in February 2018.'
		],
		sections: ['us-congress'],
		notes: [
			{
				text: 'The case is that of one US citizen who may have been abducted by North Korea; the document mentions it only in connection with these resolutions.',
				section: 'us-congress'
			},
			{
				text: 'Japan says it will keep a close eye on how the US Congress approaches the matter.',
				section: 'us-congress'
			}
		],
		mapTitle: 'Whom the resolution names',
		marks: [
			{ label: 'The US, whose Congress acted', tone: 'named', countries: ['USA'] },
			{ label: 'Japan', tone: 'japan', countries: ['JPN'] },
			{
				label: 'To work with the US on the case',
				tone: 'partner',
				countries: ['CHN', 'KOR']
			},
			{ label: 'North Korea', tone: 'responsible', countries: ['PRK'] }
		]
	}
];
