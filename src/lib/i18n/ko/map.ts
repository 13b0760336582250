/** Korean: the world map, its legend, tooltips, country panel, timeline and search. */
import type { MapMessages } from '../types';
import { withParticle } from './particles';

/** "날짜가 있는 사건 2건과 날짜가 없는 사건 1건": the two are never counted together as dated. */
export const eventCounts = (dated: number, undated: number) =>
	[
		dated || !undated ? `날짜가 있는 사건 ${dated}건` : '',
		undated ? `날짜가 없는 사건 ${undated}건` : ''
	]
		.filter(Boolean)
		.join('과 ');

export const koMap: MapMessages = {
	explorer: {
		title: '세계 지도',
		description:
			'북한에 자국민이 납치되었거나 납치되었을 가능성이 있는 나라와, 납치 문제 해결을 위한 일본의 노력에 등장하는 나라와 국제회의를 2018년 12월 28일 자 일본 외무성 페이지를 바탕으로 지도에 나타냈습니다.',
		countryDescription: (name) =>
			`2018년 12월 28일 자 일본 외무성 페이지가 ${name}에 대해 말하는 것.`,
		panel: '자세히',
		factsCue: (name) => `문서가 ${name}에 대해 말하는 것`,
		headingAbductions: '어느 나라 국민이 납치되었거나 납치되었을 가능성이 있는가',
		headingEngagement: '문서의 사건에 각 나라가 등장하는 횟수',
		ledeAbductions:
			'일본 외무성은 북한의 납치를 여러 나라와 관련된 인권 침해로 봅니다. 지도는 문서가 납치되었거나 납치되었을 가능성이 있다고 하는 사람들의 국적을 색으로 나타냅니다. 나라를 고르면 문서가 그 나라에 대해 말하는 것을 모두 보여 줍니다.',
		ledeEngagement:
			'각 나라의 색은 그 나라가 등장하는 문서의 사건 수를 나타냅니다. 행동한 주체가 일본인지, 유엔 기구인지, 미국 의회인지, 다른 나라인지는 따지지 않습니다. 문서에 날짜가 없는 사건은 그 사건이 들어가는 기간이 끝난 시점에 셉니다. 선은 행동한 나라에서 상대 나라로 긋습니다(일본에서 회담 상대국으로, 미국 의회에서 거명한 정부로). 선 가운데의 화살표가 그 방향을 나타내며, 화살표가 없는 선은 양쪽 모두 행동한 나라끼리 잇습니다. 두 나라를 잇는 사건이 여러 종류일 때는 범례에서 앞에 나오는 종류의 색으로 선을 그리며, 선을 가리키면 각 사건과 그 종류가 나타납니다. 점선은 북한에 직접 이 문제를 제기한 나라를 잇습니다.',
		forumLede: (summary, named, context, unsaid) =>
			[
				summary,
				named.length
					? `지도의 나라 가운데 문서 자체가 이 자리와 관련해 꼽는 나라는 ${named.join('·')}입니다.`
					: '문서의 기록을 근거로 색칠하는 나라는 없습니다.',
				context
					? `다른 ${context}개국은 문서 밖의 참고 정보로 더한 회원국이며 빗금으로 나타냅니다.`
					: '',
				{
					others:
						'문서는 그 밖에 어느 나라가 참가했는지 밝히지 않으므로, 지도는 그 나라들을 색칠하지 않습니다.',
					members: '문서는 회원국을 꼽지 않습니다.',
					// The sentence before has said the document names them.
					nothing: ''
				}[unsaid]
			]
				.filter(Boolean)
				.join(' '),
		upTo: (date) => `${date}까지`,
		momentCount: (n, undated) =>
			`사건 ${n}건${undated ? `(그중 ${undated}건은 문서에 날짜가 없어 그 기간이 끝난 시점에 셈)` : ''}.`,
		latest: '최근:',
		nationals: '납치되었거나 납치되었을 가능성이 있는 사람들의 국적',
		events: '사건',
		forumEvents: (forum) => `${forum}: 사건`,
		eventsUntil: (date) => ` (${date}까지)`,
		eventsWhole: ' (문서 전체)',
		nothingYet: '그 시점까지 문서에 기록된 사건은 없습니다.',
		otherCountries: '문서에 등장하는 그 밖의 나라',
		counts: '해마다 이어진 결의와 회의',
		asOf: (date) => `(${date} 기준)`,
		contextCountries: 'G7·아세안·EU 회원국',
		contextNote:
			'문서는 이 협의체들의 이름을 들지만 회원국은 꼽지 않습니다. 2018년 기준 회원국을 참고 정보로 더했습니다.',
		tablesLink: '모든 나라와 사건을 정렬할 수 있는 표로 보기',
		data: '데이터:'
	},
	caption: {
		label: '문서에 기록된 납치 피해자의 국적',
		leadUntil: (n, date) =>
			`${date}까지 지도는 ${n}개국의 국민을 납치되었거나 납치되었을 가능성이 있는 국민으로 보여 줍니다. 날짜가 있는 것은 미국 사례뿐이라 나머지는 모든 날짜에 보입니다.`,
		lead: (n) =>
			`문서는 납치되었거나 납치되었을 가능성이 있는 국민으로 ${n}개국의 국민을 들고 있습니다. 또 나라 이름을 밝히지 않은 다른 나라 국민도 납치되었다는 전언을 적고 있습니다.`
	},
	status: {
		confirmed: '납치됨(명시)',
		possible: '납치되었을 가능성이 있다(귀국자 증언)',
		reported: '납치된 것으로 전해진다(전언)',
		'single-case': '시민 1명이 납치되었을 가능성(미국 하원 결의에 따름)',
		none: '납치 기록 없음'
	},
	layers: {
		legend: '지도 표시',
		forum: '회의·협의체',
		name: {
			abductions: '납치 피해자의 국적',
			engagement: '나라별 사건',
			forums: '회의·협의체'
		}
	},
	legend: {
		hide: '숨기기',
		show: '보기',
		theLegend: '(범례)',
		hatched: '(빗금)',
		crossHatched: '(교차 빗금)',
		responsible: '북한(납치를 한 나라)',
		abductionTitle: '납치 피해자의 국적',
		engagementTitle: '각 나라가 등장하는 사건 수(행동한 주체는 따지지 않음)',
		japan: '일본(건수로 칠하지 않음)',
		orMore: (n) => `${n}건 이상`,
		range: (from, to) => `${from}~${to}건`,
		either: (a, b) => `${a}건 또는 ${b}건`,
		none: '없음',
		noOther: '그 밖에 꼽힌 나라 없음',
		raisedDashed: '북한에 제기(점선)',
		oneWay: '화살표: 행동한 쪽에서 만나거나 거명한 상대로'
	},
	tooltip: {
		events: eventCounts,
		noEvent: '등장하는 사건 없음',
		responsible: '납치를 한 나라',
		notNamed: '문서는 이 자리와 관련해 다른 나라를 꼽지 않음',
		namedIn: (dated, undated) => `여기서 ${eventCounts(dated, undated)}에 등장`,
		notInDocument: '문서에 언급 없음',
		role: {
			'coi-visit': '북한인권조사위원회(COI)가 방문',
			resolution: '결의의 대상',
			institution: '유엔 사무소가 설치됨',
			report: '보고서에 등장',
			legislative: '의회 결의에 등장',
			speech: '여기서 연설',
			'raised-with-dprk': '북한에 이 문제를 제기'
		},
		coTabled: 'EU와 함께 결의안을 공동 제출',
		tookPart: '참가'
	},
	forumRole: {
		host: '사무소 유치(문서에 기록)',
		participant: '회원국은 아니나 참가(문서에 기록)',
		context: '회원국(참고 정보, 문서에 없음)',
		named: '문서에 기록',
		hostNote: '사무소를 유치, 회원국 아님',
		participantNote: '참가국, 회원국 아님'
	},
	forum: {
		un: '유엔',
		'six-party': '6자회담',
		multilateral: '다자 협의체',
		bilateral: '양자·3자 협의',
		'us-congress': '미국 의회',
		'every-forum': '모든 외교 기회'
	},
	kind: {
		resolution: '결의',
		'coi-visit': '북한인권조사위원회(COI) 방문',
		report: '보고서',
		institution: '유엔 기구',
		meeting: '회의',
		summit: '정상회의·정상회담',
		ministerial: '외교장관회담',
		visit: '방문',
		'raised-with-dprk': '북한에 제기',
		agreement: '성과 문서',
		legislative: '의회 절차',
		speech: '연설',
		raised: '일본이 제기'
	},
	country: {
		close: (name) => `${name} 닫고 세계 지도로 돌아가기`,
		abductions: '납치',
		notNamed: (name) =>
			`문서는 자국민이 납치되었거나 납치되었을 가능성이 있는 나라로 ${withParticle(name, '을', '를')} 꼽지 않습니다.`,
		eventsNaming: (name) => `${withParticle(name, '이', '가')} 등장하는 사건`,
		hiddenLater: (date, n) =>
			`${date}까지의 사건을 보여 주는 중입니다. 그 뒤의 ${n}건은 연표에서 숨겼습니다.`,
		noEvent: (name) =>
			`문서의 사건 가운데 ${withParticle(name, '이', '가')} 직접 등장하는 것은 없습니다.`,
		noEventUntil: (name, date) =>
			`${date}까지의 사건 가운데 ${withParticle(name, '이', '가')} 직접 등장하는 것은 없습니다.`,
		basisLater: (date) =>
			`문서가 든 이 근거는 ${date}의 것으로, 연표에서 고른 날짜보다 뒤입니다. 그래서 이 날짜의 지도에는 표시하지 않습니다.`,
		ongoing: '계속되는 활동',
		heldIn: (name) => `${name}에서 개최`,
		groups: '속한 협의체',
		groupEvents: '속한 협의체의 사건',
		groupEventsNote: (name, roles) =>
			`이는 ${
				roles.includes('member')
					? `${withParticle(name, '이', '가')} 속한 협의체${roles.includes('visited') ? ` 또는 ${withParticle(name, '을', '를')} 방문한 유엔 기구` : ''}`
					: `${withParticle(name, '을', '를')} 방문한 유엔 기구`
			}와 관련된 사건입니다. 문서는 ${name} 자체의 이름을 들지 않습니다.`,
		related: '관련된 나라',
		where: (name) => `세계 속 ${name}의 위치`
	},
	timeline: {
		play: '재생',
		pause: '일시 정지',
		label: '연표: 이 시점까지의 사건 보기',
		whole: '문서 전체(2018년 12월까지)',
		upTo: (date) => `${date}까지`
	},
	search: {
		label: '나라 찾기',
		placeholder: '나라 이름 또는 약칭(예: 한국, 북한)',
		matching: '해당하는 나라',
		none: (query) => `데이터에 「${query}」에 해당하는 나라가 없습니다`,
		group: (name) =>
			`${withParticle(name, '은', '는')} 한 나라가 아니라 여러 나라의 모임입니다. 지도의 「회의·협의체」에서 볼 수 있습니다.`,
		count: (n) => `${n}개국이 해당`,
		which: (query) =>
			`「${query}」에 해당하는 나라가 여럿입니다. 화살표 키로 하나를 고른 뒤 Enter 키를 누르십시오.`
	},
	map: {
		enterOpens: (name, lines) => `${name}: ${lines.join(', ')}. Enter 키를 누르면 열립니다.`,
		linkDetail: (date, title, kind) => `${date}: ${title}(${kind})`,
		linesHereToo: (titles) => `여기에는 ${titles.join(', ')} 선도 겹쳐 있습니다`,
		// Korean names are short already (북한, 한국).
		shortNames: false,
		label:
			'세계 지도. 화살표 키로 문서에 등장하는 나라 사이를 옮겨 다니고, Enter 키로 열며, 더하기와 빼기 키로 확대·축소합니다.',
		loading: '지도를 불러오는 중입니다…',
		slow: '이 컴퓨터에서는 조작할 수 있는 지도가 시작되는 데 시간이 오래 걸리고 있습니다.',
		useStatic: '대신 정지 지도 보기',
		staticFailed: (message) => `정지 지도도 불러오지 못했습니다(${message}).`,
		unavailable: (reason) =>
			`여기서는 조작할 수 있는 지도를 쓸 수 없습니다(${
				{
					slow: '시작이 너무 오래 걸려서',
					webgl: '이 브라우저에서는 지도를 그리는 데 필요한 WebGL 2를 쓸 수 없어서',
					error: '시작하지 못해서'
				}[reason]
			}). 같은 데이터의 정지 지도를 보여 줍니다.`,
		staticLabel: (title) => `정지 세계 지도: ${title}`,
		engine: {
			'NavigationControl.ZoomIn': '확대',
			'NavigationControl.ZoomOut': '축소',
			'CooperativeGesturesHandler.WindowsHelpText':
				'Ctrl 키를 누른 채 스크롤하면 지도를 확대·축소합니다',
			'CooperativeGesturesHandler.MacHelpText': '⌘ 키를 누른 채 스크롤하면 지도를 확대·축소합니다',
			'CooperativeGesturesHandler.MobileHelpText': '두 손가락으로 지도를 움직이십시오'
		},
		worldLabel: (layerTitle) => `세계 지도: ${layerTitle}`,
		countryLink: (name, lines) => [name, ...lines].join('. ')
	},
	fullscreen: {
		enter: '전체 화면',
		leave: '전체 화면 끝내기',
		keyHint: '(F)'
	}
};
