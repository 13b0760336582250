/**
 * The classroom walk's second half, after the United Nations: the Six-Party Talks, summits of
 * many nations, talks country by country and the US Congress. Kept apart from steps.ts only to
 * keep each file readable; STEPS joins the two.
 */
import type { Step } from './steps';

export const STEPS_BEYOND_THE_UN: Step[] = [
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
			'June 2018, Charlevoix: the G7 leaders backed Japan’s call and named the issue in their communiqué.',
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
			'September 2018: Russia’s President Putin showed understanding, and China’s President Xi gave full support to Japan’s position on resolving the abductions early.'
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
