/** Korean: the classroom walk, the presenter's window and the handout. */
import type { ClassroomMessages } from '../types';
import { SITE_KO } from './site';

export const koClassroom: ClassroomMessages = {
	classroom: {
		title: '수업용',
		step: (n, total) => `${total}단계 중 ${n}단계`,
		stepTitle: (n, total, headline) => `${total}단계 중 ${n}단계: ${headline} | 수업용`,
		tools: '교사용 도구',
		presenterView: '발표자 보기',
		handout: '유인물',
		leave: '나가기',
		steps: '단계',
		previous: '← 이전',
		next: '다음 →',
		finish: '전체 단계로 →',
		slideNames: { PRK: '북한', KOR: '한국', GBR: '영국', USA: '미국' },
		mapLabel: '이 단계의 나라를 보여 주는 세계 지도.',
		description: (n, total, headline, sources) =>
			`수업용 ${total}단계 중 ${n}단계: ${headline}(${sources}, 2018년 12월 28일 자 일본 외무성 페이지)`,
		handoutHeading: '수업용 유인물: 한 단계에 한 장',
		startTitle: `수업용 | ${SITE_KO}`,
		startHeading: '문서를 따라가는 수업용 화면',
		startLink: '1단계부터 시작하기',
		indexLede: (steps, minutes) =>
			`문서를 ${steps}단계로 따라가는, 프로젝터나 큰 화면을 위한 화면입니다. 각 단계는 지도와 범례까지 한 화면에 들어가며, 문서의 어느 항목에 근거하는지 밝힙니다. 「교사용 도구」는 질문을 포함해 ${minutes}분으로 시간을 나누고, 시계와 단계별 시간을 보여 줍니다.`,
		indexKeys:
			'단계 화면에서는 오른쪽 화살표 키, 스페이스 바 또는 리모컨으로 다음으로, 왼쪽 화살표 키로 이전으로 갑니다. O는 모든 단계, F는 전체 화면, B는 화면 가리기입니다. ‘교사용 도구’에서 발표자 보기(노트, 다음 단계, 시계)를 다른 창으로 열 수 있습니다.',
		indexPrint: '인쇄용',
		indexSteps: '단계 목록',
		overview: '모든 단계',
		overviewHint: '숫자 키로 그 단계를 엽니다(0은 10단계) · Esc로 닫기',
		overviewStep: (n, title) => `${n}단계: ${title}`,
		blanked: '화면을 가렸습니다. 아무 키나 누르거나 클릭하면 돌아옵니다.'
	},
	presenter: {
		title: (heading) => `발표자 보기 | ${heading}`,
		clock: '현재 시각',
		elapsed: '경과 시간',
		restart: '시간 초기화',
		current: '현재 단계',
		notes: '발표자 노트',
		next: (heading) => `다음: ${heading}`,
		last: '마지막 단계입니다',
		keys: '화살표 키·Page Up/Down·스페이스 바로 두 화면이 함께 넘어갑니다 · Home, End · 1–9, 0으로 이동',
		slideKeys: '슬라이드에서: B 또는 . 은 검은 화면, W는 흰 화면 · O는 모든 단계',
		blackButton: '검은 화면 (B)',
		blackedOut: '슬라이드가 검은 화면입니다. 아무 키나 누르면 돌아옵니다.',
		whitedOut: '슬라이드가 흰 화면입니다. 아무 키나 누르면 돌아옵니다.',
		plan: '계획',
		planned: (minutes, until) => `이 단계는 ${minutes}분, 45분 중 ${until}분까지`,
		pace: (behind) =>
			behind > 0 ? `${behind}분 늦음` : behind < 0 ? `${-behind}분 빠름` : '예정대로'
	},
	handout: {
		title: '유인물',
		back: '수업용 페이지로 돌아가기',
		printHint: '이 페이지를 인쇄하면 한 단계에 A4 용지 한 장이 됩니다.',
		print: '인쇄',
		mapAlt: (title, named) => `지도: ${title}. 표시된 나라: ${named}.`,
		boundaries: '국경: Natural Earth.'
	}
};
