/**
 * The classroom walk's words in English, step by step; the steps' sections, notes' sections and
 * maps are in $lib/present/steps.ts, the same for every language. Each mark is its legend label,
 * or for a group also the step's words that name the group.
 */
import type { WalkWords } from '$lib/present/steps';

export const enSteps: WalkWords = {
	taken: {
		title: 'Who was, or may have been, taken',
		headline: 'People of many nationalities were, or may have been, abducted by North Korea',
		points: [
			'Japan and South Korea: the document speaks of returned Japanese abductees and of many South Koreans known to have been taken.',
			'Thailand, Romania and Lebanon: by the account of returned Japanese abductees and others, some of their people may have been abducted too.',
			'China: Chinese and other nationals are said to have been taken too, on the word of South Korean returnees and others.'
		],
		notes: [
			'Japan’s starting point: it must press North Korea itself and also win the backing of other governments, so it brings the issue up at every diplomatic chance.',
			'The certainty differs. Many South Koreans are known to have been abducted; for Thailand, Romania and Lebanon the evidence is what returned Japanese abductees and others said; for China and other nationals it is a second-hand report, resting on the testimony of South Korean returnees and others.',
			'The document calls abduction a universal issue for the international community, because it violates fundamental human rights.'
		],
		mapTitle: 'Whose people were taken, and how sure the document is',
		marks: [
			'Abducted (stated)',
			'May have been abducted (returnees’ testimony)',
			'Said to have been abducted (second-hand)',
			'North Korea'
		]
	},
	un: {
		title: 'The United Nations',
		headline: 'At the UN: resolutions year after year',
		points: [
			'Japan and the EU put forward a resolution together on human rights in North Korea, at the Human Rights Council and at the General Assembly.',
			'Each body adopts its own resolution. By October 2018 the Council had done so 11 years in a row, the Assembly 13.'
		],
		notes: [
			'There are two bodies and a separate resolution at each, every year: 11 consecutive adoptions at the Human Rights Council and 13 at the General Assembly, counted as of October 2018.',
			'The EU’s member states are not listed in the document; the map shows the 28 members of 2018 as context.'
		],
		mapTitle: 'The resolutions’ sponsors, and North Korea',
		marks: ['Japan', { label: 'EU members in 2018 (context)', named: 'EU' }, 'North Korea']
	},
	inquiry: {
		title: 'The Commission of Inquiry',
		headline: 'A UN Commission of Inquiry',
		points: [
			'March 2013: the Human Rights Council set up a Commission of Inquiry, by consensus, without a vote.',
			'It looked into human rights in North Korea, the abductions included, with visits to Japan, South Korea, the US, the UK and Thailand.',
			'Its final report came out in February 2014.'
		],
		notes: [
			'The Commission was created by a Council resolution adopted by consensus at the March 2013 session.',
			'The document names the five countries visited but gives no dates for the visits.'
		],
		mapTitle: 'Where the Commission went',
		marks: ['Visited by the Commission', 'North Korea']
	},
	'after-report': {
		title: 'After the report',
		headline: 'After the report: resolutions the Ministry calls the strongest yet',
		points: [
			'March 2014: building on the report, the Council condemned North Korea’s abuses in the strongest terms and recommended that the Security Council consider referring the situation to international criminal justice.',
			'December 2014: the General Assembly, with more co-sponsors than ever, referred to “crimes against humanity” and encouraged the Security Council to consider the International Criminal Court.'
		],
		notes: [
			'The March 2014 Council resolution passed by an overwhelming majority; the Ministry calls it stronger than any before it. It urged North Korea to end all abuses, abductions included, and asked for a structure to follow up the report.',
			'The December 2014 Assembly resolution, also adopted by an overwhelming majority, condemned violations it called “systematic, widespread, and gross” and encouraged the Security Council to consider a referral to the International Criminal Court.'
		],
		mapTitle: 'Whose abuses the resolutions condemn',
		marks: ['North Korea']
	},
	'un-follow-up': {
		title: 'UN follow-up',
		headline: 'UN follow-up: Seoul and the Security Council',
		points: [
			'June 2015: the UN human rights office opened a field office in Seoul, South Korea.',
			'2016 to 2018: independent experts on accountability were named, and resolutions sought to strengthen the UN human rights office, Seoul included.',
			'The Security Council took up North Korea’s situation in December 2014 and has met on it for four consecutive years; Japan has urged a swift end to the abductions issue there.'
		],
		notes: [
			'September 2016: independent experts were appointed to focus on accountability. March 2017: a resolution set out to strengthen the capacity of the UN human rights office (OHCHR), its Seoul structure included; the March 2018 Council resolution urged speeding that up.',
			'The document counts the four consecutive years of meetings from the Council’s December 2014 discussion, and gives no more detail about them.'
		],
		mapTitle: 'The countries in this step',
		marks: ['Host of the UN office in Seoul', 'Japan', 'North Korea']
	},
	'six-party': {
		title: 'The Six-Party Talks',
		headline: 'The Six-Party Talks',
		points: [
			'September 2005: the talks’ Joint Statement set a goal of steps towards normal Japan–North Korea relations, on the basis of settling the abductions and other issues.',
			'February 2007: the talks agreed to set up a working group on normalising relations.',
			'October 2007: another outcome document reaffirmed that aim; Japan reads the abductions as among the issues it names.'
		],
		notes: [
			'Japan raised the abductions at the talks. The goal was set in the Joint Statement of September 2005; the working group was decided in an outcome document of February 2007.',
			'The October 2007 outcome document speaks of “outstanding issues of concern”; that the abductions are among them is Japan’s reading, which the document states with confidence.',
			'The document does not list the six parties; the map shows them as context.'
		],
		mapTitle: 'Who sat at the talks',
		marks: [
			'Japan',
			'North Korea',
			{
				label: 'The other parties: China, Russia, South Korea, the US (context)',
				named: 'Six-Party'
			}
		]
	},
	summits: {
		title: 'Summits of many nations',
		headline: 'Summits of many nations',
		points: [
			'Japan has raised the issue at G7 summits and ASEAN-related summits; the document says other nations back its efforts.',
			'June 2018, Charlevoix: the document says Abe won the G7 leaders’ support, and their communiqué named the issue.',
			'September 2018: at the UN General Assembly, Prime Minister Abe asked every nation to help bring all abductees home.'
		],
		notes: [
			'The document says the importance of resolving the issue, and Japan’s efforts, have won other nations’ clear understanding and support.',
			'The members of the G7 and of ASEAN are context, not named in the document; ASEAN-related summits also bring in countries beyond ASEAN’s ten.'
		],
		mapTitle: 'The G7 and ASEAN',
		marks: [
			'Japan',
			{ label: 'Other G7 members (context)', named: 'G7' },
			{ label: 'ASEAN members (context)', named: 'ASEAN' }
		]
	},
	us: {
		title: 'Country by country: the US',
		headline: 'Country by country: the United States',
		points: [
			'Japan has raised the issue in talks with countries such as the US, South Korea, China and Russia.',
			'November 2017: visiting Japan, President Trump met abductees’ families and heard their appeals.',
			'June 2018: the document says that, at Abe’s request, he raised the issue with Kim Jong-Un at the US–North Korea summit.'
		],
		notes: [
			'Summits and foreign ministers’ meetings with these countries, and others: the document says “such as”, so these are examples, not a full list. It says they understand and support Japan’s position.',
			'In November 2017 the President and Prime Minister Abe shared the view that both countries would keep working together on the issue. The US had also been raising it on other occasions, Secretary of State Pompeo’s visits to North Korea among them.'
		],
		mapTitle: 'Partners named in section 4',
		marks: [
			'Japan',
			'The United States: this step’s subject',
			'Also named among Japan’s partners (“such as”)',
			'North Korea'
		]
	},
	neighbours: {
		title: 'Country by country: neighbours',
		headline: 'Country by country: Japan’s neighbours',
		points: [
			'The document says South Korea has raised the issue with North Korea repeatedly, including at the April 2018 Inter-Korean Summit.',
			'May 2018: for the first time, a Japan–China–South Korea summit’s outcome document mentioned the abductions.',
			'September 2018, as the document tells it: Abe won the understanding of Russia’s President Putin, and China’s President Xi fully backed Japan’s position on resolving the abductions early.'
		],
		notes: [
			'At the May 2018 trilateral summit Abe asked President Moon and Premier Li Keqiang for support; with their understanding, the outcome document referred to the issue for the first time.',
			'At the Japan–Russia summit of September 2018 Abe asked for Russia’s cooperation; at the Japan–China summit that month, the document says, he won Xi’s full support for resolving the issue early.'
		],
		mapTitle: 'Neighbours named in section 4',
		marks: ['Japan', 'Named in this step', 'North Korea']
	},
	'us-congress': {
		title: 'The US Congress',
		headline: 'The US Congress takes up a case',
		points: [
			'September 2016: the House urged the US government to work with Japan, China and South Korea on the case of a US citizen possibly abducted by North Korea.',
			'An identical text went to the Senate in March 2017; its Foreign Relations Committee approved it in February 2018.'
		],
		notes: [
			'The case is that of one US citizen who may have been abducted by North Korea; the document mentions it only in connection with these resolutions.',
			'Japan says it will keep a close eye on how the US Congress approaches the matter.'
		],
		mapTitle: 'Whom the resolution names',
		marks: [
			'The US, whose Congress acted',
			'Japan',
			'To work with the US on the case',
			'North Korea'
		]
	}
};
