/** Korean: the site's frame and the document's sections (see ../en/site.ts). */
import { dateFormat } from '../intl';
import type { SiteMessages } from '../types';

export const SITE_KO = '북한의 납치: 일본이 전하는 국제사회의 노력';

export const koSite: SiteMessages = {
	date: dateFormat('ko'),
	dateBetween: (from, to) => `${from}부터 ${to} 사이`,
	dateInferred: (when) => `문서에 날짜 없음(다른 날짜로 보아 ${when} 중 어느 시점으로 추정)`,
	number: (n) => n.toLocaleString('ko'),
	site: {
		title: SITE_KO,
		pageTitle: (name) => `${name} | ${SITE_KO}`,
		skip: '본문으로 건너뛰기',
		mapOf: '지도로 보기: ',
		navLabel: '사이트',
		nav: { map: '지도', table: '표', classroom: '수업용', about: '소개 및 내려받기' },
		source: '출처:',
		footerNote:
			'사실은 요약해 싣고 문서의 해당 부분을 밝힙니다. 문서 밖의 참고 정보는 그렇다고 표시합니다.',
		stop: '.',
		titleOpen: '「',
		titleClose: '」',
		download: '데이터 내려받기',
		boundaries: '국경: Natural Earth(퍼블릭 도메인)'
	},
	language: {
		label: '언어',
		name: { en: 'English', ja: '日本語', ko: '한국어' },
		switchTo: 'View this page in English'
	},
	notFound: {
		title: '페이지를 찾을 수 없음',
		errorTitle: '오류',
		heading: '페이지를 찾을 수 없습니다',
		lead: '이 주소는 대시보드의 페이지가 아닙니다. 국가별 페이지는 세 글자 ISO 코드를 씁니다. 예:',
		example: (path, name) => [path, `(${name})`],
		exampleName: '한국',
		backToMap: '세계 지도로 돌아가기',
		findInTable: '모든 나라의 표에서 찾기',
		noStep: '수업용 단계에 그런 단계가 없습니다',
		steps: (n) => `수업용 설명은 1단계부터 ${n}단계까지 모두 ${n}단계입니다.`,
		firstStep: '1단계부터 시작하기',
		somethingWrong: '문제가 발생했습니다',
		unexpected: '예기치 않은 오류가 발생했습니다.'
	},
	section: {
		intro: '도입부',
		usCongress: '미국 의회 결의 부분',
		numbered: (s) => `제${s}절`,
		numberedMany: (list) => list.map((s) => `제${s}절`).join('·'),
		ref: (label) => `문서: ${label}`,
		from: (parts) => `출처: 문서의 ${parts.join('·')}`,
		context: '참고 정보',
		contextTitle: '문서에 없음: 참고 정보로 추가'
	},
	events: {
		countries: '나라:',
		forums: '회의·협의체:',
		where: '장소:',
		fromPhotoCaption: '사진 설명에서',
		showRest: (n) => `나머지 ${n}건 보기`,
		separator: ', ',
		colon: ':'
	},
	offline: {
		updateAvailable: '새 버전이 있습니다 —',
		reload: '새로 고침'
	}
};
