/** Korean: sharing, citing and saving a view, the saved pictures, link previews and embeds. */
import type { ShareMessages } from '../types';
import { eventCounts } from './map';
import { SITE_KO } from './site';
import { withParticle } from './particles';

export const koShare: ShareMessages = {
	share: {
		barLabel: '이 화면 공유·인용·저장',
		share: '링크 공유',
		cite: '인용',
		png: 'PNG 이미지',
		svg: 'SVG 이미지',
		pngLabel: 'PNG 이미지: 이 화면을 저장',
		svgLabel: 'SVG 이미지: 이 화면을 저장',
		shared: '공유했습니다.',
		copied: '이 화면으로 가는 링크를 복사했습니다.',
		citationCopied: '인용문을 복사했습니다.',
		copyCitation: '인용문 복사',
		copyFailed: '여기서는 복사할 수 없습니다. 아래 링크를 선택해 두었으니 직접 복사해 주십시오.',
		citationCopyFailed:
			'여기서는 복사할 수 없습니다. 아래 인용문을 선택해 두었으니 직접 복사해 주십시오.',
		linkField: '이 화면으로 가는 링크',
		citationField: '인용문',
		working: '이미지를 만드는 중입니다…',
		saved: (name) => `${withParticle(name, '을', '를')} 저장했습니다.`,
		exportFailed: (format, why) => `${withParticle(format, '을', '를')} 만들지 못했습니다: ${why}.`,
		failure: {
			notLoaded: '지도 파일을 불러오지 못했습니다(오프라인?). 다시 시도해 주세요',
			codeNotLoaded: '그림을 그리는 프로그램을 불러오지 못했습니다(오프라인?). 다시 시도해 주세요',
			unreadable: '브라우저가 그림을 읽지 못했습니다',
			noCanvas: '브라우저가 그릴 캔버스를 내주지 않았습니다',
			tooLarge: '브라우저가 PNG로 변환하지 못했습니다(메모리 부족?)',
			unexpected: '그리는 중에 문제가 생겼습니다. 다시 시도해 주세요'
		},
		tryOther: (format) => `대신 ${format}(으)로 저장`,
		stepPng: 'PNG로 저장',
		stepSvg: 'SVG로 저장',
		stepPngLabel: '이 단계를 PNG로 저장',
		stepSvgLabel: '이 단계를 SVG로 저장',
		slidePng: '슬라이드용 PNG(16:9)',
		slideSvg: '슬라이드용 SVG(16:9)',
		slidePngLabel: '슬라이드용 PNG(16:9): 이 단계를 1920×1080 이미지로 저장',
		slideSvgLabel: '슬라이드용 SVG(16:9): 이 단계를 슬라이드 모양의 편집 가능한 파일로 저장',
		viewSlidePngLabel: '슬라이드용 PNG(16:9): 이 화면을 1920×1080 이미지로 저장',
		viewSlideSvgLabel: '슬라이드용 SVG(16:9): 이 화면을 슬라이드 모양의 편집 가능한 파일로 저장'
	},
	picture: {
		hatched: '(빗금)',
		crossHatched: '(교차 빗금)',
		selected: (name) => `${name}(굵은 선으로 표시)`,
		address: (url) => `이 화면: ${url}`,
		asDocument: (date) => `문서 시점(${date})`,
		upTo: (month, date) => `${month}까지의 사건(${date} 자 문서)`,
		source: (provenance) => `${provenance} 국경: Natural Earth.`,
		step: (number, total) => `수업용 · ${total}단계 중 ${number}단계`
	},
	citation: {
		text: (args) =>
			`${args.publisher}, 「${args.title}」, ${args.date}. 「${SITE_KO}」(데이터 ${args.version}, ${args.licence})에서 지도로 나타낸 이 화면: ${args.url} (${args.accessed} 접속).`
	},
	preview: {
		homeTitle: SITE_KO,
		homeDescription:
			'북한에 자국민이 납치되었거나 납치되었을 가능성이 있는 나라와, 납치 문제 해결을 위한 일본의 노력에 등장하는 나라와 국제회의를 2018년 12월 28일 자 일본 외무성 페이지를 바탕으로 지도에 나타냈습니다.',
		countryTitle: (name) => `${name} | ${SITE_KO}`,
		countryDescription: (name) =>
			`2018년 12월 28일 자 일본 외무성 페이지가 ${name}에 대해 말하는 것을 세계 지도로 보여 줍니다.`,
		imageAlt: (title) => `세계 지도: ${title}`,
		countrySubtitle: (status, dated, undated) =>
			`${status} · 문서의 ${eventCounts(dated, undated)}에 등장`
	},
	embed: {
		button: '퍼가기',
		buttonHint: '이 화면을 다른 사이트에 넣기',
		dialogTitle: '이 화면 퍼가기',
		dialogLead:
			'이 코드를 웹 페이지나 학교 사이트에 붙여 넣으십시오. 지금의 지도가 그대로(같은 표시·날짜·나라로) 나타납니다.',
		width: '너비(px)',
		widest: '최대 너비(px)',
		height: '높이(px)',
		responsive:
			'내용에 맞춰 높이를 자동 조정(반응형. 스크립트를 쓸 수 없는 사이트에서는 위의 높이)',
		fallbackHeight: '스크립트 없을 때의 높이(px)',
		code: '붙여 넣을 코드',
		copy: '코드 복사',
		copied: '복사했습니다. 페이지에 붙여 넣으십시오.',
		copyFailed: '복사하지 못했습니다. 코드를 선택해 직접 복사해 주십시오.',
		close: '닫기',
		notLoaded: '삽입 코드를 불러오지 못했습니다(오프라인?). 다시 시도해 주세요.',
		openFullMap: '전체 지도 열기',
		frameTitle: (view) => `지도: ${view}. ${SITE_KO}`,
		siteName: '북한의 납치',
		upTo: (date) => `${date}까지`,
		source: '출처',
		outline: '이 사이트의 요약',
		pageTitle: (view) => `${view} | 퍼온 지도 | 북한의 납치`
	}
};
