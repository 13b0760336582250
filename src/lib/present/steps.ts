/**
 * The classroom walk: one step per part of the document, each with a headline, a few points in our
 * own words, the section it covers, and how the map looks for it.
 */
import type { ExplorerView } from '$lib/state/view';
import { WORLD_FRAME, type Frame } from '$lib/map/frames';

export interface Step {
	headline: string;
	points: string[];
	/** Sections of the document the step covers. */
	sections: string[];
	view: ExplorerView;
	/** What the map frames: [[west, south], [east, north]], with room east of Japan for its name. */
	frame: Frame;
}

const WORLD: Step['frame'] = WORLD_FRAME;
const EAST_ASIA: Step['frame'] = [
	[95, 15],
	[150, 55]
];

export const STEPS: Step[] = [
	{
		headline: 'Abductions by North Korea: a problem for many countries',
		points: [
			'Japan and South Korea: the document says their nationals were abducted.',
			'Thailand, Romania and Lebanon: returnees’ testimony suggests their people may have been.',
			'China and others: reported on the testimony of returned South Korean abductees and others.',
			'Japan calls it a violation of basic human rights that concerns the whole world.'
		],
		sections: ['intro'],
		view: { layer: 'abductions', forum: 'un-hrc', until: null },
		frame: WORLD
	},
	{
		headline: 'The United Nations: a resolution every year',
		points: [
			'Japan and the EU put forward a resolution on human rights in North Korea each year.',
			'By October 2018 it had passed 11 years running at the Human Rights Council and 13 at the General Assembly.',
			'A UN human rights office opened in Seoul in June 2015; resolutions since sought to strengthen it.',
			'After December 2014 the Security Council met on North Korea four years running.'
		],
		sections: ['1(a)', '1(e)', '1(f)'],
		view: { layer: 'forums', forum: 'un-hrc', until: null },
		frame: WORLD
	},
	{
		headline: 'The Commission of Inquiry',
		points: [
			'Created by the Human Rights Council in March 2013, without a vote.',
			'It visited Japan, South Korea, the United States, the United Kingdom and Thailand.',
			'Its February 2014 report led to the strongest resolutions so far.',
			'The General Assembly spoke of crimes against humanity and of the International Criminal Court.'
		],
		sections: ['1(b)', '1(c)', '1(d)'],
		view: { layer: 'forums', forum: 'coi', until: '2014-12' },
		frame: WORLD
	},
	{
		headline: 'The Six-Party Talks',
		points: [
			'Japan raised the abductions at the talks.',
			'2005: steps towards normal Japan–North Korea relations became one of the goals, based on settling the abductions and other issues.',
			'February 2007: the talks decided to set up a working group on normalising relations.',
			'October 2007: both sides pledged again to work towards it; Japan counts the abductions among the issues to settle.'
		],
		sections: ['2'],
		view: { layer: 'forums', forum: 'six-party', until: '2007-10' },
		frame: EAST_ASIA
	},
	{
		headline: 'Summits of many nations',
		points: [
			'Japan raises the issue at G7 summits and ASEAN-related summits.',
			'June 2018, Charlevoix: the G7 leaders backed Japan and named the issue in their communiqué.',
			'September 2018: Prime Minister Abe asked every nation for help at the UN General Assembly.'
		],
		sections: ['3'],
		view: { layer: 'forums', forum: 'g7', until: null },
		frame: WORLD
	},
	{
		headline: 'Country by country',
		points: [
			'Japan raises the issue in summits and ministers’ meetings with the US, South Korea, China and Russia.',
			'November 2017: President Trump met abductees’ families in Japan.',
			'2018: the US and South Korea raised it directly with North Korea.',
			'May 2018: for the first time, a Japan–China–South Korea summit’s outcome document named the issue.'
		],
		sections: ['4'],
		view: { layer: 'engagement', forum: 'un-hrc', until: null },
		frame: [
			[-130, 0],
			[170, 65]
		]
	},
	{
		headline: 'The US Congress and a US citizen possibly abducted',
		points: [
			'September 2016: the House asked the US government to investigate a US citizen possibly abducted.',
			'It asked for work with Japan, China and South Korea.',
			'The same text went to the Senate in March 2017 and passed its Foreign Relations Committee in February 2018.'
		],
		sections: ['us-congress'],
		view: { layer: 'forums', forum: 'us-congress', until: null },
		frame: [
			[-130, 15],
			[170, 60]
		]
	}
];
