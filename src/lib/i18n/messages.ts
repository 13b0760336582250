/**
 * Every word of the interface, in English and Japanese. `Messages` is the English object's type,
 * so a Japanese message that is missing, or takes other arguments, is a type error (npm run check),
 * never a blank on the page. The data's own words (titles, summaries, names) live beside the data.
 *
 * Typed plain TypeScript rather than Paraglide: two languages, a few hundred words, and no build
 * step or plugin to fetch; the types give the same guarantee.
 */
import type { Locale } from './locale';
import type { AbductionStatus, EventKind, RecurringForum } from '$lib/data/vocabulary';
import type { Layer } from '$lib/state/view';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const joinAnd = (items: readonly string[]) =>
	items.length <= 1
		? items.join('')
		: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const SITE_EN = "Abductions by North Korea: the world's response";
const SITE_JA = '北朝鮮による拉致：国際社会の対応';

export const en = {
	/** `2013-03` -> `March 2013`; `2007-09-27` -> `27 September 2007`. */
	date: (year: number, month: number, day?: number) =>
		`${day ? `${day} ` : ''}${MONTHS[month - 1] ?? ''} ${year}`,
	dateBetween: (from: string, to: string) => `between ${from} and ${to}`,
	dateInferred: (when: string) => `Undated in the document; our inference: ${when}`,
	number: (n: number) => n.toLocaleString('en'),

	site: {
		title: SITE_EN,
		/** A page's <title>: its own name, then the site's. */
		pageTitle: (name: string) => `${name} · Abductions by North Korea: the world's response`,
		skip: 'Skip to content',
		mapOf: 'A map of',
		navLabel: 'Site',
		nav: { map: 'Map', table: 'Tables', classroom: 'Classroom', about: 'About & downloads' },
		source: 'Source:',
		footerNote:
			'Facts are paraphrased and cite their section; context from outside the document is marked.',
		stop: '.',
		/** Around a cited title: Japanese sets titles in 『』 (and upright, see tokens.css). */
		titleOpen: '',
		titleClose: '',
		download: 'Download the data',
		boundaries: 'Boundaries: Natural Earth (public domain)'
	},
	language: {
		/** The switch names the other language in that language, as readers look for it. */
		label: 'Language',
		name: { en: 'English', ja: '日本語' } satisfies Record<Locale, string>,
		switchTo: 'この画面を日本語で'
	},
	notFound: {
		title: 'Not found',
		errorTitle: 'Error',
		heading: 'Page not found',
		lead: 'This address is not a page of the dashboard. Country pages use a three-letter ISO code, such as',
		example: (path: string, name: string): readonly [string, string] => [path, ` for ${name}.`],
		exampleName: 'South Korea',
		backToMap: 'Back to the world map',
		findInTable: 'Find a country in the table of all countries',
		somethingWrong: 'Something went wrong',
		unexpected: 'An unexpected error occurred.'
	},
	explorer: {
		title: 'World map',
		description:
			"Whose nationals North Korea abducted, and which countries and forums Japan engaged, mapped from the Ministry of Foreign Affairs of Japan's page of 28 December 2018.",
		countryDescription: (name: string) =>
			`What the Ministry of Foreign Affairs of Japan's page of 28 December 2018 says about ${name}.`,
		panel: 'Details',
		factsCue: (name: string) => `What the document says about ${name}`,
		headingAbductions: 'Whose nationals were taken, and whom Japan asked for help',
		headingEngagement: 'Whom Japan engaged, and how often',
		ledeAbductions:
			'Japan’s Foreign Ministry calls abductions by North Korea a violation of human rights that concerns many countries. The map shades whose nationals the document says were, or may have been, abducted; select a country for everything the document says about it.',
		ledeEngagement:
			'Each country is shaded by how many dated events of the document name it. Each line runs from the country that acted to the one it concerned (from Japan to those it met, from the US Congress to the governments it named); a dashed line joins a country that raised the issue with North Korea itself.',
		forumLede: (summary: string) =>
			`${summary} The map colours the countries the document names for it; it names no others.`,
		upTo: (date: string) => `Up to ${date}`,
		momentCount: (n: number) => `${plural(n, 'dated event', 'dated events')}.`,
		latest: 'Latest:',
		nationals: 'Nationalities named as abductees',
		events: 'Events',
		forumEvents: (forum: string) => `${forum}: events`,
		eventsUntil: (date: string) => ` up to ${date}`,
		eventsWhole: ' in the document',
		nothingYet: 'Nothing in the document had happened by then.',
		otherCountries: 'Other countries in the document',
		counts: 'Resolutions and meetings, year after year',
		asOf: (date: string) => `(As of ${date}.)`,
		contextCountries: 'Members of the G7, ASEAN and the EU',
		contextNote:
			'The document names these groups, not their members; membership in 2018 is added as context.',
		tablesLink: 'All countries and events as sortable tables',
		data: 'Data:'
	},
	caption: {
		label: 'Abductee nationalities in the document',
		lead: (n: number) => `The document names abductees of ${n} nationalities.`
	},
	status: {
		confirmed: 'Nationals abducted',
		possible: 'Nationals possibly abducted',
		'single-case': 'One citizen possibly abducted (per a House resolution)',
		none: 'No abductions named'
	} satisfies Record<AbductionStatus, string>,
	layers: {
		legend: 'Map layer',
		forum: 'Forum',
		name: {
			abductions: 'Abductee nationalities',
			engagement: 'Engagement by country',
			forums: 'Forums'
		} satisfies Record<Layer, string>
	},
	legend: {
		hide: 'Hide',
		show: 'Show',
		theLegend: ' the legend',
		hatched: ' (hatched)',
		responsible: 'North Korea (the state responsible)',
		abductionTitle: 'Abductee nationalities',
		engagementTitle: 'Dated events naming each country',
		japan: 'Japan',
		orMore: (n: number) => `${n} or more events`,
		range: (from: number, to: number) => `${from} to ${to} events`,
		either: (a: number, b: number) => `${a} or ${b} events`,
		none: 'None',
		noOther: 'No other country named',
		raisedDashed: 'Raised with North Korea (dashed)'
	},
	tooltip: {
		datedEvents: (n: number) => plural(n, 'dated event', 'dated events'),
		noEvent: 'No dated event names it',
		responsible: 'The state responsible for the abductions',
		notNamed: 'The document names no other countries for this forum',
		namedIn: (n: number) => `Named in ${plural(n, 'dated event', 'dated events')} here`,
		notInDocument: 'Not mentioned in the document',
		role: {
			'coi-visit': 'Visited by the Commission of Inquiry',
			resolution: 'A resolution concerns it',
			institution: 'The UN office is set up there',
			report: 'Named in its report',
			legislative: 'Named in the Congress resolution',
			speech: 'Spoke there',
			'raised-with-dprk': 'Raised the issue with North Korea'
		} satisfies Partial<Record<EventKind, string>>,
		coTabled: 'Co-tabled the resolutions, with the EU',
		tookPart: 'Took part'
	},
	forumRole: {
		host: 'Hosts its office (named by the document)',
		participant: 'Takes part, not a member (named by the document)',
		context: 'Member (context, not in the document)',
		named: 'Named by the document',
		hostNote: 'hosts its office, not a member',
		participantNote: 'takes part, not a member'
	},
	forum: {
		un: 'United Nations',
		'six-party': 'Six-Party Talks',
		multilateral: 'Multilateral',
		bilateral: 'Bilateral and trilateral',
		'us-congress': 'US Congress',
		'every-forum': 'Every diplomatic opportunity'
	} satisfies Record<RecurringForum, string>,
	kind: {
		resolution: 'Resolution',
		'coi-visit': 'Commission of Inquiry visit',
		report: 'Report',
		institution: 'UN mechanism',
		meeting: 'Meeting',
		summit: 'Summit',
		ministerial: 'Ministerial meeting',
		visit: 'Visit',
		'raised-with-dprk': 'Raised with North Korea',
		agreement: 'Outcome document',
		legislative: 'Congressional step',
		speech: 'Speech',
		raised: 'Raised by Japan'
	} satisfies Record<EventKind, string>,
	section: {
		intro: 'introduction',
		usCongress: 'section on the US Congress resolution',
		numbered: (s: string) => `section ${s}`,
		/** Several numbered sections at once, for a step's source line. */
		numberedMany: (list: readonly string[]) =>
			`${list.length > 1 ? 'sections' : 'section'} ${joinAnd(list)}`,
		ref: (label: string) => `Document, ${label}`,
		from: (parts: readonly string[]) => `From the document’s ${joinAnd(parts)}`,
		context: 'context',
		contextTitle: 'Not stated in the document: added as context'
	},
	events: {
		countries: 'Countries:',
		forums: 'Forums:',
		where: 'Where:',
		fromPhotoCaption: 'From a photo caption',
		showRest: (n: string) => `Show the other ${n} events`,
		separator: ', ',
		colon: ':'
	},
	country: {
		close: (name: string) => `Close ${name} and return to the world map`,
		abductions: 'Abductions',
		notNamed: (name: string) =>
			`The document does not name ${name} among the countries whose nationals were or may have been abducted.`,
		eventsNaming: (name: string) => `Events naming ${name}`,
		hiddenLater: (date: string, n: number) =>
			`Showing events up to ${date}; ${n} later ${n === 1 ? 'event is' : 'events are'} hidden by the timeline.`,
		noEvent: (name: string) => `No dated event in the document names ${name} directly.`,
		ongoing: 'Ongoing engagement',
		heldIn: (name: string) => `Held in ${name}`,
		groups: 'Groups',
		groupEvents: 'Events of its groups',
		groupEventsNote: (name: string) =>
			`These events involve a group ${name} belongs to; the document does not name ${name} itself.`,
		related: 'Related countries',
		where: (name: string) => `Where ${name} lies in the world`
	},
	timeline: {
		play: 'Play',
		pause: 'Pause',
		label: 'Timeline: show what had happened by',
		whole: 'Whole document, to Dec 2018',
		upTo: (date: string) => `Up to ${date}`
	},
	search: {
		label: 'Find a country',
		placeholder: 'Name or abbreviation, e.g. ROK',
		matching: 'Matching countries',
		none: (query: string) => `No country in the data matches “${query}”`,
		count: (n: number) => `${n} ${n === 1 ? 'country matches' : 'countries match'}`
	},
	table: {
		title: 'Tables',
		heading: 'Every country and event, as tables',
		intro: 'The same data as the map. Column headers sort; the menus filter.',
		countries: (n: number) => `Countries (${n})`,
		abductions: 'Abductions',
		allCountries: 'All countries',
		countriesCaption: 'Countries in the data',
		countriesRegion: 'Table of countries',
		events: (n: number) => `Events (${n})`,
		forum: 'Forum',
		allForums: 'All forums',
		eventsCaption: 'Dated events in the document',
		eventsRegion: 'Table of events',
		column: {
			name: 'Country',
			status: 'Abductions',
			eventCount: 'Dated events',
			date: 'Date',
			title: 'Event',
			forum: 'Forum',
			countries: 'Countries',
			source: 'Source'
		}
	},
	classroom: {
		title: 'Classroom',
		step: (n: number, total: number) => `Step ${n} of ${total}`,
		stepTitle: (n: number, total: number, headline: string) =>
			`Step ${n} of ${total}: ${headline} · Classroom`,
		presenterView: 'Presenter view',
		handout: 'Handout',
		leave: 'Leave',
		steps: 'Steps',
		previous: '← Previous',
		next: 'Next →',
		mapLabel: "World map of this step's countries.",
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
	},
	map: {
		enterOpens: (name: string, lines: readonly string[]) =>
			`${name}: ${lines.join(', ')}. Enter opens it.`,
		linkDetail: (date: string, title: string, kind: string) =>
			`${date}: ${title} (${kind.toLowerCase()})`,
		/** Names short enough for a phone's world, where the full one would reach America. */
		shortNames: true,
		label:
			'World map. Arrow keys move between the countries named in the document, Enter opens one, plus and minus zoom.',
		loading: 'Loading the map…',
		slow: 'The interactive map is taking a long time to start on this computer.',
		useStatic: 'Show a static map instead',
		staticFailed: (message: string) => `The static map could not load either (${message}).`,
		unavailable: (reason: string) =>
			`The interactive map is unavailable here (${reason}); this is a static map of the same data.`,
		staticLabel: (title: string) => `Static world map: ${title}`,
		/** The world drawn in the page's HTML: its accessible name on the current layer. */
		worldLabel: (layerTitle: string) => `World map: ${layerTitle}`
	},
	/** Sharing, citing and saving a view (src/lib/share/). */
	share: {
		barLabel: 'Share, cite or save this view',
		share: 'Share link',
		cite: 'Cite',
		png: 'PNG',
		svg: 'SVG',
		pngLabel: 'Save this view as a PNG picture',
		svgLabel: 'Save this view as an SVG picture',
		shared: 'Shared.',
		copied: 'Link to this view copied.',
		citationCopied: 'Citation copied.',
		copyCitation: 'Copy citation',
		copyFailed: 'Copying is not allowed here: the link is selected below, copy it by hand.',
		citationCopyFailed:
			'Copying is not allowed here: the citation is selected below, copy it by hand.',
		linkField: 'Link to this view',
		citationField: 'Citation',
		working: 'Drawing the picture…',
		saved: (name: string) => `Saved ${name}.`,
		exportFailed: (format: string, why: string) => `The ${format} could not be made: ${why}.`,
		tryOther: (format: string) => `Save as ${format} instead`,
		stepPng: 'Save PNG',
		stepSvg: 'Save SVG',
		stepPngLabel: 'Save PNG of this step',
		stepSvgLabel: 'Save SVG of this step'
	},
	/** Words inside the saved pictures and link previews. */
	picture: {
		hatched: ' (hatched)',
		asDocument: (date: string) => `As the document stands, ${date}`,
		upTo: (month: string, date: string) => `Events up to ${month} (document of ${date})`,
		/** After the provenance line (provenance.line): the boundaries' own source. */
		source: (provenance: string) => `${provenance} Boundaries: Natural Earth.`,
		step: (number: number, total: number) => `Classroom, step ${number} of ${total}`
	},
	citation: {
		text: (args: {
			publisher: string;
			title: string;
			date: string;
			url: string;
			accessed: string;
			version: string;
			licence: string;
		}) =>
			`${args.publisher}, “${args.title}”, ${args.date}. Mapped in “${SITE_EN}” (data ${args.version}, ${args.licence}), this view: ${args.url} (accessed ${args.accessed}).`
	},
	preview: {
		homeTitle: SITE_EN,
		homeDescription:
			"Whose nationals North Korea abducted, and which countries and forums Japan engaged, mapped from the Ministry of Foreign Affairs of Japan's page of 28 December 2018.",
		countryTitle: (name: string) => `${name} · ${SITE_EN}`,
		countryDescription: (name: string) =>
			`What the Ministry of Foreign Affairs of Japan's page of 28 December 2018 says about ${name}, on a world map.`,
		imageAlt: (title: string) => `World map: ${title}`,
		countrySubtitle: (status: string, events: number) =>
			`${status} · named in ${events} dated ${events === 1 ? 'event' : 'events'} of the document`
	},
	/** Embed pages and the Embed button (src/lib/embed/). */
	embed: {
		button: 'Embed',
		buttonHint: 'Embed this view in another site',
		dialogTitle: 'Embed this view',
		dialogLead:
			'Paste this code into a web page or a school site. It shows the map as it is now: the same layer, date and country.',
		width: 'Width (px)',
		height: 'Height (px)',
		code: 'Code to paste',
		copy: 'Copy the code',
		copied: 'Copied. Paste it into your page.',
		copyFailed: 'Could not copy: select the code and copy it by hand.',
		close: 'Close',
		openFullMap: 'Open the full map',
		frameTitle: (view: string) => `Map: ${view}. ${SITE_EN}`,
		siteName: 'Abductions by North Korea',
		upTo: (date: string) => `up to ${date}`,
		source: 'Source',
		pageTitle: (view: string) => `${view} · Embedded map · Abductions by North Korea`
	},
	fullscreen: {
		enter: 'Full screen',
		leave: 'Leave full screen',
		keyHint: '(F)'
	},
	offline: {
		updateAvailable: 'A new version is available —',
		reload: 'Reload'
	},
	// Provenance, the document's outline page and the layers' own pages.
	provenance: {
		line: (a: {
			publisher: string;
			title: string;
			date: string;
			version: string;
			built: string;
			licence: string;
			credit: string;
		}) =>
			`Source: ${a.publisher}, “${a.title}”, ${a.date}. Data ${a.version} (built ${a.built}), ${a.licence}. Credit: ${a.credit}.`,
		heading: 'Source, version and licence',
		source: 'Source',
		whereToFind: 'Where to find it',
		version: 'Data version',
		built: 'Built',
		licence: 'Licence of the data',
		codeLicence: 'The code is under the MIT licence.',
		credit: 'Credit',
		creditText: (credit: string) => `“${credit}”, from the document named above.`,
		outline: 'Its sections, with our summaries',
		datapackage:
			'the Frictionless Data Package of the two CSV files: source, version, licence, and what every column and coded value means.'
	},
	outline: {
		title: 'The document, section by section',
		lede: (title: string, publisher: string, date: string) =>
			`The sections of ${publisher}'s page “${title}” (${date}), each with its heading and our own short summary, and the records of this map that cite it. The document's own sentences are not reproduced here: read them on the publisher's page.`,
		summary: 'Our summary',
		cited: 'Cited by',
		citedNone: 'No record of the map cites this section alone.',
		abductionBasis: (name: string) => `${name}: what the document says of its nationals`,
		countryNote: (name: string) => `${name}: a note`,
		groupLabel: (name: string) => `Forum: ${name}`,
		undated: 'Undated'
	},
	layerPage: {
		title: (layer: string) => `${layer} · ${SITE_EN}`,
		description: {
			abductions:
				"Whose nationals North Korea abducted or may have abducted, and how certain the Ministry of Foreign Affairs of Japan's page of 28 December 2018 is of each, on a world map.",
			engagement:
				'Which countries took part in the dated events of the document, 2005 to 2018, with lines from the country that acted to those its act concerned.',
			forums:
				'The forums where the abductions were raised (UN bodies, the Six-Party Talks, the G7, ASEAN and others) and the countries in each, on a world map.'
		} satisfies Record<Layer, string>,
		/** A country card's line under its name, for a country in no dated event of the document. */
		countryUndated: (status: string) => `${status} · in none of the document's dated events`
	}
};

/** The messages of one language: the English object's shape, every key and argument. */
export type Messages = typeof en;

const JA_MONTH = (year: number, month: number, day?: number) =>
	`${year}年${month}月${day ? `${day}日` : ''}`;

export const ja: Messages = {
	date: JA_MONTH,
	dateBetween: (from, to) => `${from}から${to}の間`,
	dateInferred: (when) => `文書に日付なし（当方の推定：${when}）`,
	number: (n) => n.toLocaleString('ja'),

	site: {
		title: SITE_JA,
		pageTitle: (name) => `${name}｜北朝鮮による拉致：国際社会の対応`,
		skip: '本文へ移動',
		mapOf: '地図で読む：',
		navLabel: 'サイト',
		nav: { map: '地図', table: '一覧表', classroom: '授業用', about: '概要とダウンロード' },
		source: '出典：',
		footerNote:
			'事実は要約して記載し、文書の該当箇所を示しています。文書の外からの補足情報にはその旨を表示しています。',
		stop: '。',
		titleOpen: '『',
		titleClose: '』',
		download: 'データのダウンロード',
		boundaries: '国境：Natural Earth（パブリックドメイン）'
	},
	language: {
		label: '言語',
		name: { en: 'English', ja: '日本語' },
		switchTo: 'View this page in English'
	},
	notFound: {
		title: 'ページが見つかりません',
		errorTitle: 'エラー',
		heading: 'ページが見つかりません',
		lead: 'このアドレスはダッシュボードのページではありません。国別ページは3文字のISOコードを使います。例：',
		example: (path, name) => [path, `（${name}）`],
		exampleName: '韓国',
		backToMap: '世界地図に戻る',
		findInTable: '全ての国の一覧表から探す',
		somethingWrong: '問題が発生しました',
		unexpected: '予期しないエラーが発生しました。'
	},
	explorer: {
		title: '世界地図',
		description:
			'北朝鮮に自国民を拉致された国と、日本が働きかけた国々や国際会議を、2018年12月28日付の外務省のページから地図にしました。',
		countryDescription: (name) =>
			`2018年12月28日付の外務省のページが${name}について述べていること。`,
		panel: '詳細',
		factsCue: (name) => `文書が${name}について述べていること`,
		headingAbductions: '誰が拉致され、日本はどの国に協力を求めたか',
		headingEngagement: '日本はどの国にどれだけ働きかけたか',
		ledeAbductions:
			'外務省は、北朝鮮による拉致を多くの国に関わる人権侵害としています。地図は、文書が拉致された、または拉致された可能性があるとする人々の国籍を色で示します。国を選ぶと、文書がその国について述べていることを全て表示します。',
		ledeEngagement:
			'各国の色は、その国が登場する日付のある出来事の数を示します。線は行動した国から相手の国へ引いています（日本から会談の相手国へ、米国議会から名指しした政府へ）。破線は北朝鮮に直接この問題を提起した国を結びます。',
		forumLede: (summary) =>
			`${summary}地図は、文書がこの場について挙げている国だけを色で示します。それ以外の国は挙げられていません。`,
		upTo: (date) => `${date}まで`,
		momentCount: (n) => `日付のある出来事：${n}件。`,
		latest: '最新：',
		nationals: '拉致被害者の国籍',
		events: '出来事',
		forumEvents: (forum) => `${forum}：出来事`,
		eventsUntil: (date) => `（${date}まで）`,
		eventsWhole: '（文書全体）',
		nothingYet: 'その時点までに文書に記された出来事はありません。',
		otherCountries: '文書に登場するその他の国',
		counts: '毎年続く決議と会合',
		asOf: (date) => `（${date}時点）`,
		contextCountries: 'G7・ASEAN・EUの加盟国',
		contextNote:
			'文書はこれらの枠組みの名を挙げていますが、加盟国は挙げていません。2018年時点の加盟国を補足情報として加えています。',
		tablesLink: '全ての国と出来事を並べ替えできる一覧表で見る',
		data: 'データ：'
	},
	caption: {
		label: '文書に記された拉致被害者の国籍',
		lead: (n) => `文書は${n}か国の国籍の拉致被害者を挙げています。`
	},
	status: {
		confirmed: '自国民が拉致された',
		possible: '自国民が拉致された可能性がある',
		'single-case': '市民1人が拉致された可能性（米下院決議による）',
		none: '拉致の記載なし'
	},
	layers: {
		legend: '地図の表示',
		forum: '会議・枠組み',
		name: {
			abductions: '拉致被害者の国籍',
			engagement: '国別の働きかけ',
			forums: '会議・枠組み'
		}
	},
	legend: {
		hide: '隠す',
		show: '表示',
		theLegend: '（凡例）',
		hatched: '（斜線）',
		responsible: '北朝鮮（拉致を行った国）',
		abductionTitle: '拉致被害者の国籍',
		engagementTitle: '各国が登場する日付のある出来事の数',
		japan: '日本',
		orMore: (n) => `${n}件以上`,
		range: (from, to) => `${from}〜${to}件`,
		either: (a, b) => `${a}件または${b}件`,
		none: 'なし',
		noOther: '他に挙げられた国なし',
		raisedDashed: '北朝鮮に提起（破線）'
	},
	tooltip: {
		datedEvents: (n) => `日付のある出来事${n}件`,
		noEvent: '日付のある出来事に登場しない',
		responsible: '拉致を行った国',
		notNamed: '文書はこの場について他の国を挙げていない',
		namedIn: (n) => `ここで日付のある出来事${n}件に登場`,
		notInDocument: '文書に記載なし',
		role: {
			'coi-visit': '国連調査委員会（COI）が訪問',
			resolution: '決議の対象',
			institution: '国連の事務所が置かれた',
			report: '報告書に登場',
			legislative: '議会の決議に登場',
			speech: 'ここで演説',
			'raised-with-dprk': '北朝鮮にこの問題を提起'
		},
		coTabled: 'EUと共同で決議案を提出',
		tookPart: '参加'
	},
	forumRole: {
		host: '事務所を受け入れ（文書に記載）',
		participant: '加盟国ではないが参加（文書に記載）',
		context: '加盟国（補足情報、文書に記載なし）',
		named: '文書に記載',
		hostNote: '事務所を受け入れ、加盟国ではない',
		participantNote: '参加国、加盟国ではない'
	},
	forum: {
		un: '国際連合',
		'six-party': '六者会合',
		multilateral: '多国間の枠組み',
		bilateral: '二国間・三か国間',
		'us-congress': '米国議会',
		'every-forum': 'あらゆる外交の機会'
	},
	kind: {
		resolution: '決議',
		'coi-visit': '国連調査委員会（COI）の訪問',
		report: '報告書',
		institution: '国連の仕組み',
		meeting: '会合',
		summit: '首脳会談',
		ministerial: '外相会談',
		visit: '訪問',
		'raised-with-dprk': '北朝鮮に提起',
		agreement: '成果文書',
		legislative: '議会の手続き',
		speech: '演説',
		raised: '日本が提起'
	},
	section: {
		intro: '導入部',
		usCongress: '米国議会の決議の部分',
		numbered: (s) => `第${s}節`,
		numberedMany: (list) => list.map((s) => `第${s}節`).join('・'),
		ref: (label) => `文書：${label}`,
		from: (parts) => `出典：文書の${parts.join('・')}`,
		context: '補足情報',
		contextTitle: '文書に記載なし：補足情報として追加'
	},
	events: {
		countries: '国：',
		forums: '会議・枠組み：',
		where: '場所：',
		fromPhotoCaption: '写真の説明文より',
		showRest: (n) => `残りの${n}件を表示`,
		separator: '、',
		colon: '：'
	},
	country: {
		close: (name) => `${name}を閉じて世界地図に戻る`,
		abductions: '拉致',
		notNamed: (name) =>
			`文書は、自国民が拉致された、または拉致された可能性がある国として${name}を挙げていません。`,
		eventsNaming: (name) => `${name}が登場する出来事`,
		hiddenLater: (date, n) => `${date}までの出来事を表示中。それ以降の${n}件は年表で非表示です。`,
		noEvent: (name) => `文書の日付のある出来事に${name}が直接登場するものはありません。`,
		ongoing: '継続的な取り組み',
		heldIn: (name) => `${name}で開催`,
		groups: '所属する枠組み',
		groupEvents: '所属する枠組みの出来事',
		groupEventsNote: (name) =>
			`これらは${name}が属する枠組みに関わる出来事です。文書は${name}自体の名を挙げていません。`,
		related: '関係する国',
		where: (name) => `世界の中の${name}の位置`
	},
	timeline: {
		play: '再生',
		pause: '一時停止',
		label: '年表：この時点までの出来事を表示',
		whole: '文書全体（2018年12月まで）',
		upTo: (date) => `${date}まで`
	},
	search: {
		label: '国を探す',
		placeholder: '国名または略称（例：ROK、韓国）',
		matching: '該当する国',
		none: (query) => `「${query}」に該当する国はデータにありません`,
		count: (n) => `${n}か国が該当`
	},
	table: {
		title: '一覧表',
		heading: '国と出来事の一覧',
		intro: '地図と同じデータです。列の見出しで並べ替え、メニューで絞り込めます。',
		countries: (n) => `国（${n}）`,
		abductions: '拉致',
		allCountries: '全ての国',
		countriesCaption: 'データに含まれる国',
		countriesRegion: '国の一覧表',
		events: (n) => `出来事（${n}）`,
		forum: '会議・枠組み',
		allForums: '全ての会議・枠組み',
		eventsCaption: '文書に記された日付のある出来事',
		eventsRegion: '出来事の一覧表',
		column: {
			name: '国',
			status: '拉致',
			eventCount: '日付のある出来事',
			date: '日付',
			title: '出来事',
			forum: '会議・枠組み',
			countries: '国',
			source: '出典'
		}
	},
	classroom: {
		title: '授業用',
		step: (n, total) => `ステップ${n}／${total}`,
		stepTitle: (n, total, headline) => `ステップ${n}／${total}：${headline}｜授業用`,
		presenterView: '発表者ビュー',
		handout: '配布資料',
		leave: '終了',
		steps: 'ステップ',
		previous: '← 前へ',
		next: '次へ →',
		mapLabel: 'このステップの国を示す世界地図。',
		description: (n, total, headline, sources) =>
			`授業用ステップ${n}／${total}：${headline}（${sources}。2018年12月28日付の外務省のページ）`,
		handoutHeading: '授業用の配布資料：1ステップにつき1枚',
		startTitle: `授業用｜${SITE_JA}`,
		startHeading: '文書をたどる授業用の画面',
		startLink: 'ステップ1から始める'
	},
	presenter: {
		title: (heading) => `発表者ビュー｜${heading}`,
		clock: '現在時刻',
		elapsed: '経過時間',
		restart: '時間をリセット',
		current: '現在のステップ',
		notes: '説明のためのメモ',
		next: (heading) => `次：${heading}`,
		last: 'これが最後のステップです',
		keys: '矢印キー・Page Up/Down・スペースで両方の画面が進みます · Home、End'
	},
	handout: {
		title: '配布資料',
		back: '授業用の画面に戻る',
		printHint: 'このページを印刷すると、1ステップにつきA4用紙1枚になります。',
		print: '印刷',
		mapAlt: (title, named) => `地図：${title}。記載されている国：${named}。`,
		boundaries: '国境：Natural Earth。'
	},
	map: {
		enterOpens: (name, lines) => `${name}：${lines.join('、')}。Enterキーで開きます。`,
		linkDetail: (date, title, kind) => `${date}：${title}（${kind}）`,
		// Japanese names are short already (北朝鮮, 韓国).
		shortNames: false,
		label:
			'世界地図。矢印キーで文書に登場する国を順に移動し、Enterキーで開きます。プラスとマイナスで拡大・縮小します。',
		loading: '地図を読み込んでいます…',
		slow: 'このコンピューターでは、操作できる地図の起動に時間がかかっています。',
		useStatic: '代わりに静止画の地図を表示',
		staticFailed: (message) => `静止画の地図も読み込めませんでした（${message}）。`,
		unavailable: (reason) =>
			`ここでは操作できる地図を使えません（${reason}）。同じデータの静止画の地図を表示しています。`,
		staticLabel: (title) => `静止画の世界地図：${title}`,
		worldLabel: (layerTitle) => `世界地図：${layerTitle}`
	},
	share: {
		barLabel: 'この表示を共有・引用・保存',
		share: 'リンクを共有',
		cite: '引用',
		png: 'PNG画像',
		svg: 'SVG画像',
		pngLabel: 'この表示をPNG画像で保存',
		svgLabel: 'この表示をSVG画像で保存',
		shared: '共有しました。',
		copied: 'この表示へのリンクをコピーしました。',
		citationCopied: '引用をコピーしました。',
		copyCitation: '引用をコピー',
		copyFailed:
			'ここではコピーできません。下のリンクを選択してあるので、手動でコピーしてください。',
		citationCopyFailed:
			'ここではコピーできません。下の引用文を選択してあるので、手動でコピーしてください。',
		linkField: 'この表示へのリンク',
		citationField: '引用文',
		working: '画像を作成しています…',
		saved: (name) => `${name}を保存しました。`,
		exportFailed: (format, why) => `${format}を作成できませんでした：${why}。`,
		tryOther: (format) => `代わりに${format}で保存`,
		stepPng: 'PNGで保存',
		stepSvg: 'SVGで保存',
		stepPngLabel: 'このステップをPNGで保存',
		stepSvgLabel: 'このステップをSVGで保存'
	},
	picture: {
		hatched: '（斜線）',
		asDocument: (date) => `文書の時点（${date}）`,
		upTo: (month, date) => `${month}までの出来事（${date}付の文書）`,
		source: (provenance) => `${provenance}国境：Natural Earth。`,
		step: (number, total) => `授業用・ステップ${number}／${total}`
	},
	citation: {
		text: (args) =>
			`${args.publisher}『${args.title}』${args.date}。「${SITE_JA}」（データ ${args.version}、${args.licence}）で地図化したこの表示：${args.url}（${args.accessed}閲覧）。`
	},
	preview: {
		homeTitle: SITE_JA,
		homeDescription:
			'北朝鮮に自国民を拉致された国と、日本が働きかけた国々や国際会議を、2018年12月28日付の外務省のページから地図にしました。',
		countryTitle: (name) => `${name}｜${SITE_JA}`,
		countryDescription: (name) =>
			`2018年12月28日付の外務省のページが${name}について述べていることを世界地図で示します。`,
		imageAlt: (title) => `世界地図：${title}`,
		countrySubtitle: (status, events) => `${status}・文書の日付のある出来事${events}件に登場`
	},
	embed: {
		button: '埋め込み',
		buttonHint: 'この表示を他のサイトに埋め込む',
		dialogTitle: 'この表示を埋め込む',
		dialogLead:
			'このコードをウェブページや学校のサイトに貼り付けてください。今の地図がそのまま（同じ表示・日付・国で）表示されます。',
		width: '幅（px）',
		height: '高さ（px）',
		code: '貼り付けるコード',
		copy: 'コードをコピー',
		copied: 'コピーしました。ページに貼り付けてください。',
		copyFailed: 'コピーできませんでした。コードを選択して手動でコピーしてください。',
		close: '閉じる',
		openFullMap: '地図全体を開く',
		frameTitle: (view) => `地図：${view}。${SITE_JA}`,
		siteName: '北朝鮮による拉致',
		upTo: (date) => `${date}まで`,
		source: '出典',
		pageTitle: (view) => `${view}｜埋め込み地図｜北朝鮮による拉致`
	},
	fullscreen: {
		enter: '全画面表示',
		leave: '全画面表示を終了',
		keyHint: '（F）'
	},
	offline: {
		updateAvailable: '新しい版があります —',
		reload: '再読み込み'
	},
	// 出典と利用条件、文書の目次ページ、各レイヤーのページ。
	provenance: {
		line: (a) =>
			`出典：${a.publisher}『${a.title}』${a.date}。データ ${a.version}（${a.built}作成）、${a.licence}。クレジット：${a.credit}。`,
		heading: '出典・版・ライセンス',
		source: '出典',
		whereToFind: '原文の探し方',
		version: 'データの版',
		built: '作成日',
		licence: 'データのライセンス',
		codeLicence: 'プログラムはMITライセンスです。',
		credit: 'クレジット',
		creditText: (credit) => `「${credit}」（上記の文書にもとづく）。`,
		outline: '文書の各節と、私たちの要約',
		datapackage:
			'二つのCSVファイルのFrictionlessデータパッケージ。出典、版、ライセンス、各列とコード値の意味を記載（英語）。'
	},
	outline: {
		title: '文書の節ごとの目次',
		lede: (title, publisher, date) =>
			`${publisher}のページ『${title}』（${date}）の各節の見出しと私たちによる短い要約、そしてその節を出典とするこの地図の記録です。文書の文章そのものは載せていません。原文は発行元のページでお読みください。`,
		summary: '要約',
		cited: 'この節を出典とする記録',
		citedNone: 'この節だけを出典とする地図の記録はありません。',
		abductionBasis: (name) => `${name}：自国民について文書が述べていること`,
		countryNote: (name) => `${name}：注記`,
		groupLabel: (name) => `枠組み：${name}`,
		undated: '日付なし'
	},
	layerPage: {
		title: (layer) => `${layer}｜${SITE_JA}`,
		description: {
			abductions:
				'北朝鮮に自国民を拉致された、またはその可能性がある国と、2018年12月28日付の外務省のページがそれぞれをどこまで確かだとしているかを世界地図で示します。',
			engagement:
				'2005年から2018年までの文書の日付のある出来事に加わった国々を、行動した国から対象の国への線とともに示します。',
			forums:
				'拉致問題が取り上げられた枠組み（国連の機関、六者会合、G7、ASEANなど）と、それぞれに加わる国を世界地図で示します。'
		},
		countryUndated: (status) => `${status}・文書の日付のある出来事には登場しない`
	}
};

const BY_LOCALE: Record<Locale, Messages> = { en, ja };

export function messagesFor(locale: Locale): Messages {
	return BY_LOCALE[locale];
}
