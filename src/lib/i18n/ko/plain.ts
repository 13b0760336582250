/** Korean: the pages served without the app's script (see ../en/plain.ts). */
import type { PlainMessages } from '../types';

export const koPlain: PlainMessages = {
	about: {
		heading: '이 지도에 대하여',
		intro: (source) => [
			`이 대시보드는 하나의 공개 문서를 지도로 나타낸 것입니다. ${source.published}에 ${source.publisher}이 공개한 「`,
			{ cite: source.title },
			'」(영어판 페이지, 원제 ',
			{ cite: source.originalTitle, lang: 'en' },
			')를 바탕으로, 북한에 납치되었거나 납치되었을 가능성이 있다고 문서가 말하는 사람들의 국적과, 일본과 다른 나라들이 이 문제를 제기한 나라·협의체·회의를 보여 줍니다. 한국어 문장은 모두 이 대시보드가 영어 요약을 옮긴 것으로, 일본 외무성의 문장이 아닙니다.'
		],
		readingHeading: '데이터 읽는 법',
		reading: [
			['모든 사실은 이 대시보드의 말로 쓰고, 근거가 된 문서의 절을 밝힙니다.'],
			[
				'G7·아세안·EU의 회원국(불가리아, 루마니아, 크로아티아가 EU에 가입한 시기 포함)이나 정상회의가 열린 도시처럼 문서 자체가 말하지 않는 것에는 ',
				{ em: '참고 정보' },
				'라고 표시합니다.'
			],
			[
				'확실성은 문서 도입부의 표현에 따라 3단계로 나타냅니다. 일본과 한국: 납치됨(명시). 태국, 루마니아, 레바논: 납치되었을 가능성이 있다(귀국자 증언), 빗금으로 표시. 중국: 납치된 것으로 전해진다(전언. 한국인 귀국자 등의 말에 근거), 교차 빗금으로 표시. 미국은 문서의 목록에 없습니다. 문서는 납치되었을 가능성이 있는 미국 시민 1명을 언급하지만, 미국 하원의 결의를 통해서일 뿐이므로 지도에서는 가장 약한 사례로 따로 나타냅니다.'
			],
			[
				'사건마다 누가 행동했는지를 기록합니다. 지도의 선은 행동한 나라에서 그 행동과 관련된 나라로 이어집니다. 기구의 행동(북한인권조사위원회의 방문이나 이사회의 결의)에는 선을 긋지 않습니다. 색의 진하기는 누가 행동했는지와 상관없이 그 나라의 이름이 나오는 사건의 수를 나타냅니다. 문서에 날짜가 없는 사건은 그 사건이 들어가는 기간이 끝난 시점에 셉니다.'
			],
			[
				'한국은 OHCHR 서울사무소를 유치한 나라이며, 그 구성원이 아닙니다. 일본은 아세안 회원국이 아니지만 아세안 관련 정상회의에 참가하며, 이 회의에는 아세안 10개국 밖의 나라도 참가합니다.'
			],
			[
				'날짜는 문서와 같은 정밀도로 적습니다. 대부분은 월까지, 하나는 일까지입니다. 문서는 북한인권조사위원회의 방문 날짜를 전혀 밝히지 않습니다. 표시한 기간(2013년 3월 설치부터 2014년 2월 보고서까지)은 문서의 다른 날짜로부터의 추정이며, 방문은 그 기간 중 어느 시점으로 적고 연표에서는 띠로 그리며 날짜가 있는 사건과는 따로 셉니다.'
			],
			[
				'문서는 인용하는 문서의 말을 그대로 또는 바꾸어 전하는 일이 많습니다. 그 말을 되풀이하는 곳(한국어로는 이 대시보드의 번역)은 절을 밝히고 「」로 묶었습니다.'
			]
		],
		pageTitle: '소개 및 내려받기 | 북한의 납치: 일본이 전하는 국제사회의 노력',
		downloads: '내려받기',
		countriesFile: '나라마다 1행. 열:',
		eventsFile: '사건(날짜가 있는 것, 기간으로 추정한 것)마다 1행. 열:',
		listEnd: '',
		datasetFile: {
			before: '검증을 마친 데이터셋 전체(영어)와,',
			after: '아래에 같은 내용의 일본어판과 한국어판.'
		},
		csvNote:
			'CSV 파일은 RFC 4180을 따릅니다(UTF-8. 스프레드시트가 일본어와 한국어 열을 제대로 읽도록 바이트 순서 표시 포함). 한 칸에 값이 여럿이면 세미콜론으로 나누며, _ja로 끝나는 열은 일본어, _ko로 끝나는 열은 한국어입니다.',
		tablesHeading: '모든 나라와 사건',
		tables: {
			before: '',
			link: '표',
			after:
				'에서는 데이터에 있는 모든 나라와 사건을 정렬하거나 걸러 볼 수 있고, 각각의 페이지로 이동할 수 있습니다.'
		}
	},
	outline: {
		title: '문서의 절별 목차',
		lede: (title) =>
			`「${title}」의 각 절 제목과 이 사이트가 작성한 짧은 요약, 그리고 그 절을 출처로 하는 이 지도의 기록입니다. 문서의 문장 자체는 싣지 않았습니다. 원문은 일본 외무성의 페이지에서 직접 읽어 주십시오.`,
		summary: '요약',
		cited: '이 절을 출처로 하는 기록',
		citedNone: '이 절만을 출처로 하는 지도의 기록은 없습니다.',
		abductionBasis: (name) => `${name}: 자국민에 대해 문서가 말하는 것`,
		countryNote: (name) => `${name}: 주석`,
		groupLabel: (name) => `협의체: ${name}`,
		undated: '날짜 없음'
	},
	table: {
		title: '표',
		heading: '나라와 사건 목록',
		intro: '지도와 같은 데이터입니다.',
		controls: ' 열 제목으로 정렬하고 메뉴로 걸러 볼 수 있습니다.',
		countries: (n) => `나라(${n})`,
		countriesListed: (abducted, named, members, groups, contextNote) =>
			`국민이 납치되었거나 납치되었을 가능성이 있다고 문서가 말하는 나라 ${abducted}곳, ` +
			`문서 속 사건에 등장하는 다른 나라 ${named}곳, 문서가 드는 기구·회의(${groups.join('·')})의 참고 정보로만 실린 나라 ${members}곳입니다.` +
			(contextNote ? ` ${contextNote}` : ''),
		abductions: '납치',
		allCountries: '모든 나라',
		/** Under a country the table holds only as a group's member: the groups, whose membership is context. */
		memberOf: (groups: readonly string[]) => `수록 이유: ${groups.join('·')}`,
		countriesCaption: '데이터에 있는 나라',
		events: (n) => `사건(${n})`,
		forum: '회의·협의체',
		allForums: '모든 회의·협의체',
		eventsCaption: '문서에 기록된 사건(날짜가 있는 것과 기간으로 추정한 것)',
		rejected: (parts) =>
			`이 주소의 지정(${parts.join(', ')})은 표에 없으므로 기본 화면을 보여 줍니다.`,
		column: {
			name: '나라',
			status: '납치',
			eventCount: '등장하는 사건',
			date: '날짜',
			title: '사건',
			forum: '회의·협의체',
			countries: '나라',
			source: '출처'
		}
	}
};
