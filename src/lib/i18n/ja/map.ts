/** Japanese: the world map, its legend, tooltips, country panel, timeline and search. */
import type { MapMessages } from '../types';

/** 「日付のある出来事2件と日付のない出来事1件」: the two are never counted together as dated. */
export const eventCounts = (dated: number, undated: number) =>
	[
		dated || !undated ? `日付のある出来事${dated}件` : '',
		undated ? `日付のない出来事${undated}件` : ''
	]
		.filter(Boolean)
		.join('と');

export const jaMap: MapMessages = {
	explorer: {
		title: '世界地図',
		description:
			'北朝鮮に自国民が拉致された、または拉致された可能性がある国と、拉致問題の解決に向けた日本の取組に登場する国々や国際会議を、2018年12月28日付の外務省のページから地図にしました。',
		countryDescription: (name) =>
			`2018年12月28日付の外務省のページが${name}について述べていること。`,
		panel: '詳細',
		factsCue: (name) => `文書が${name}について述べていること`,
		headingAbductions: 'どの国の国民が拉致された、または拉致された可能性があるか',
		headingEngagement: '文書の出来事に各国が登場する回数',
		ledeAbductions:
			'外務省は、北朝鮮による拉致を多くの国に関わる人権侵害としています。地図は、文書が拉致された、または拉致された可能性があるとする人々の国籍を色で示します。国を選ぶと、文書がその国について述べていることを全て表示します。',
		ledeEngagement:
			'各国の色は、その国が登場する文書の出来事の数を示します。行動したのが日本か、国連の機関か、米国議会か、他の国かは問いません。文書に日付のない出来事は、それが収まる期間が終わった時点で数えます。線は行動した国から相手の国へ引いています（日本から会談の相手国へ、米国議会から名指しした政府へ）。線の中ほどの矢印がその向きを示し、矢印のない線は双方が行動した国どうしを結びます。二国を結ぶ出来事が複数の種類にわたるときは、凡例で先に挙がる種類の色で線を描き、線を指すとそれぞれの出来事と種類が表示されます。破線は北朝鮮に直接この問題を提起した国を結びます。',
		forumLede: (summary, named, context, unsaid) =>
			[
				summary,
				named.length
					? `地図上の国のうち、文書自身がこの場について挙げているのは${named.join('・')}です。`
					: '文書の記載に基づいて色で示す国はありません。',
				context
					? `ほかの${context}か国は文書の外からの補足情報として加えた加盟国で、斜線で示します。`
					: '',
				{
					others:
						'文書はほかにどの国が加わったかを述べていないため、地図はそれらの国を色で示しません。',
					members: '文書は加盟国を挙げていません。',
					// The sentence before has said the document names them.
					nothing: ''
				}[unsaid]
			].join(''),
		upTo: (date) => `${date}まで`,
		momentCount: (n, undated) =>
			`出来事：${n}件${undated ? `（うち${undated}件は文書に日付がなく、その期間が終わった時点で数えています）` : ''}。`,
		latest: '最新：',
		nationals: '拉致された、または拉致された可能性がある人々の国籍',
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
		leadUntil: (n, date) =>
			`${date}の時点で、地図は${n}か国の国民を拉致された、または拉致された可能性がある国民として示しています。文書が日付を示すのは米国の事例だけで、ほかはどの日付でも示します。`,
		lead: (n) =>
			`文書は、拉致された、または拉致された可能性がある国民として${n}か国の国民を挙げています。さらに、国名を挙げないほかの国の国民も拉致されたという伝聞を記しています。`
	},
	status: {
		confirmed: '拉致された（明記）',
		possible: '拉致された可能性がある（帰国者の証言）',
		reported: '拉致されたとされる（伝聞）',
		'single-case': '市民1人が拉致された可能性（米下院決議による）',
		none: '拉致の記載なし'
	},
	layers: {
		legend: '地図の表示',
		forum: '会議・枠組み',
		name: {
			abductions: '拉致被害者の国籍',
			engagement: '国別の出来事',
			forums: '会議・枠組み'
		}
	},
	legend: {
		hide: '隠す',
		show: '表示',
		theLegend: '（凡例）',
		hatched: '（斜線）',
		crossHatched: '（交差する斜線）',
		responsible: '北朝鮮（拉致を行った国）',
		abductionTitle: '拉致被害者の国籍',
		engagementTitle: '各国が登場する出来事の数（行動した主体を問わない）',
		japan: '日本（件数では塗り分けない）',
		orMore: (n) => `${n}件以上`,
		range: (from, to) => `${from}〜${to}件`,
		either: (a, b) => `${a}件または${b}件`,
		none: 'なし',
		noOther: '他に挙げられた国なし',
		raisedDashed: '北朝鮮に提起（破線）',
		oneWay: '矢印：行動した側から、会談や言及の相手へ'
	},
	tooltip: {
		events: eventCounts,
		noEvent: '登場する出来事なし',
		responsible: '拉致を行った国',
		notNamed: '文書はこの場について他の国を挙げていない',
		namedIn: (dated, undated) => `ここで${eventCounts(dated, undated)}に登場`,
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
		summit: '首脳会議・会談',
		ministerial: '外相会談',
		visit: '訪問',
		'raised-with-dprk': '北朝鮮に提起',
		agreement: '成果文書',
		legislative: '議会の手続き',
		speech: '演説',
		raised: '日本が提起'
	},
	country: {
		close: (name) => `${name}を閉じて世界地図に戻る`,
		abductions: '拉致',
		notNamed: (name) =>
			`文書は、自国民が拉致された、または拉致された可能性がある国として${name}を挙げていません。`,
		eventsNaming: (name) => `${name}が登場する出来事`,
		hiddenLater: (date, n) => `${date}までの出来事を表示中。それ以降の${n}件は年表で非表示です。`,
		noEvent: (name) => `文書の出来事に${name}が直接登場するものはありません。`,
		noEventUntil: (name, date) => `${date}までの出来事に${name}が直接登場するものはありません。`,
		basisLater: (date) =>
			`文書が挙げるこの根拠は${date}のもので、年表で選んだ日付より後です。そのため、この日付の地図には示していません。`,
		ongoing: '継続的な取り組み',
		heldIn: (name) => `${name}で開催`,
		groups: '所属する枠組み',
		groupEvents: '所属する枠組みの出来事',
		groupEventsNote: (name, roles) =>
			`これらは${
				roles.includes('member')
					? `${name}が属する枠組み${roles.includes('visited') ? `や、${name}を訪問した国連の機関` : ''}`
					: `${name}を訪問した国連の機関`
			}に関わる出来事です。文書は${name}自体の名を挙げていません。`,
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
		group: (name) => `${name}は国ではなく国の集まりです。地図の「会議・枠組み」で表示できます。`,
		which: (query) =>
			`「${query}」に当てはまる国は複数あります。矢印キーで一つ選び、Enterキーを押してください。`,
		count: (n) => `${n}か国が該当`
	},
	map: {
		enterOpens: (name, lines) => `${name}：${lines.join('、')}。Enterキーで開きます。`,
		linkDetail: (date, title, kind) => `${date}：${title}（${kind}）`,
		linesHereToo: (titles) => `ここには${titles.join('、')}の線も重なっています`,
		// Japanese names are short already (北朝鮮, 韓国).
		shortNames: false,
		label:
			'世界地図。矢印キーで文書に登場する国を順に移動し、Enterキーで開きます。プラスとマイナスで拡大・縮小します。',
		loading: '地図を読み込んでいます…',
		slow: 'このコンピューターでは、操作できる地図の起動に時間がかかっています。',
		useStatic: '代わりに静止画の地図を表示',
		staticFailed: (message) => `静止画の地図も読み込めませんでした（${message}）。`,
		unavailable: (reason) =>
			`ここでは操作できる地図を使えません（${
				{
					slow: '起動に時間がかかりすぎたため',
					webgl: 'このブラウザーでは地図の描画に必要なWebGL 2が使えないため',
					error: '起動できなかったため'
				}[reason]
			}）。同じデータの静止画の地図を表示しています。`,
		staticLabel: (title) => `静止画の世界地図：${title}`,
		engine: {
			'NavigationControl.ZoomIn': '拡大',
			'NavigationControl.ZoomOut': '縮小',
			'CooperativeGesturesHandler.WindowsHelpText':
				'Ctrlキーを押しながらスクロールすると地図を拡大・縮小します',
			'CooperativeGesturesHandler.MacHelpText':
				'⌘キーを押しながらスクロールすると地図を拡大・縮小します',
			'CooperativeGesturesHandler.MobileHelpText': '2本の指で地図を動かします'
		},
		worldLabel: (layerTitle) => `世界地図：${layerTitle}`,
		countryLink: (name, lines) => [name, ...lines].join('。')
	},
	fullscreen: {
		enter: '全画面表示',
		leave: '全画面表示を終了',
		keyHint: '（F）'
	}
};
