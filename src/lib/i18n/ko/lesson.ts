/** Korean: the lesson's questions, the student page, the slide's answer and QR code, the worksheet. */
import type { LessonMessages } from '../types';

export const koLesson: LessonMessages = {
	lesson: {
		question: '질문',
		questions: '질문',
		findOnMap: '지도에서 찾기',
		openQuestion: '생각한 뒤 답 보기',
		studentTitle: (n, headline) => `${n}단계 질문: ${headline}`,
		studentHeading: (n) => `${n}단계: 나의 질문`,
		pickHint: '지도나 목록에서 나라를 눌러 고른 뒤 「답 확인」을 누르십시오.',
		countries: '나라',
		chosen: (n) => `${n}개국 선택`,
		check: '답 확인',
		again: '다시 하기',
		reveal: '답 보기',
		hide: '답 숨기기',
		answer: '답',
		score: (right, total, wrong) =>
			`${total}개 중 ${right}개 정답` + (wrong ? `, 답에 없는 나라 ${wrong}개` : ''),
		mark: { right: '정답', wrong: '답에 없음', missed: '빠뜨림' },
		chosenLegend: '내가 고른 나라',
		legendTitle: '나의 답',
		context: '보충 정보: 문서는 그룹의 이름만 들고, 회원국을 들지 않는다.',
		private: '답은 이 기기에만 남고, 어디에도 보내지 않습니다.',
		backToSlide: '이 단계로 돌아가기',
		otherSteps: '다른 단계',
		followLabel: '선생님 슬라이드 따라가기',
		followOn: '선생님이 보여 주는 단계에 맞춰 이 페이지가 바뀝니다.',
		followConnecting: '선생님 컴퓨터에 연결하는 중…',
		followUnavailable:
			'선생님이 자신의 컴퓨터에서 사이트를 제공할 때에만 쓸 수 있습니다. 그때까지는 직접 단계를 넘기십시오.',
		askOnSlide: '슬라이드에 질문 보이기',
		revealOnSlide: '답 보이기',
		hideOnSlide: '슬라이드에서 지우기',
		presenterKeys: 'A: 다음 질문, 한 번 더 누르면 답 · Q: QR 코드',
		revealed: '답',
		qrTitle: '휴대전화로 답하기',
		qrAlt: (address) => `${address}의 QR 코드`,
		qrLocalOnly: '이 주소는 이 컴퓨터 전용이라 휴대전화에서는 열 수 없습니다.',
		qrLocalOnlySetup:
			'QR 코드의 주소는 휴대전화에서 열 수 없습니다. 사이트가 이 컴퓨터 안에서만 실행되고 있기 때문입니다. 학교 네트워크로 제공하려면 HOST=0.0.0.0 npm start로 시작하십시오(README 참고).',
		qrHide: 'Q를 누르면 숨겨집니다',
		worksheetTitle: '활동지',
		worksheetHeading: '수업 활동지: 단계별 질문',
		answersTitle: '정답지',
		answersHeading: '수업 활동지: 정답',
		worksheetHint: 'A4 한 장에 두 단계씩 인쇄됩니다.',
		name: '이름',
		mapAnswerLine: '나라:',
		toAnswers: '정답지',
		toWorksheet: '활동지'
	},
	questions: {
		'taken-testimony': {
			prompt:
				'귀국한 일본인 납치 피해자들은 다른 나라 사람들에 대해서도 이야기했다. 문서에 따르면 어느 나라 사람들이 이렇게 납치되었을 가능성이 있는가?',
			answer:
				'세 나라다. 귀국한 일본인 납치 피해자 등의 증언에 따르면 이 나라들의 사람들이 납치되었을 가능성이 있다. 문서는 납치되었다고 단정하지 않는다.'
		},
		'taken-china': {
			prompt: '문서는 중국에 대해 태국과 어떻게 다르게 쓰는가?',
			answer:
				'태국에 대해서는 귀국한 일본인 납치 피해자 등의 증언으로 태국인이 납치되었을 가능성이 드러났다고 말한다. 중국에 대해서는 문서가 스스로 단정하지 않고, 귀국한 한국인 납치 피해자 등의 증언에 따르면 중국인 등도 납치되었다고 전해진다고 옮긴다.'
		},
		'un-cotable': {
			prompt: '유엔의 북한인권결의안은 누가 제출하며, 2018년 10월까지 몇 차례 채택되었는가?',
			answer:
				'일본과 유럽연합(EU)이 공동으로 제출한다. 인권이사회에서 11년 연속, 총회에서 13년 연속 채택되었다.'
		},
		'inquiry-visits': {
			prompt: '유엔 북한인권조사위원회(COI)는 증거를 모으려고 여러 나라를 찾았다. 어느 나라들인가?',
			answer: '문서에 따르면 다섯 나라다. 각 방문이 언제였는지는 문서가 밝히지 않는다.'
		},
		'inquiry-dates': {
			prompt: '조사위원회는 언제 설치되었고, 언제 보고서를 냈는가?',
			answer: '인권이사회가 2013년 3월 표결 없이 설치했고, 보고서는 2014년 2월에 나왔다.'
		},
		'after-report-referral': {
			prompt: '보고서가 나온 뒤 유엔은 안보리에 무엇을 검토하라고 했는가?',
			answer:
				'인권이사회는 2014년 3월 이 상황을 적절한 국제 형사 사법 메커니즘에 회부하는 것을 검토하도록 권고했고, 총회는 2014년 12월 국제형사재판소를 포함해 조치를 취하도록 권장했다.'
		},
		'follow-up-seoul': {
			prompt: '유엔 인권최고대표사무소는 2015년 현장 사무소를 열었다. 어느 나라인가?',
			answer: '2015년 6월 서울에 열었다. 이후의 결의들은 이 사무소를 강화하기로 했다.'
		},
		'follow-up-council': {
			prompt: '2014년 12월 이후 안보리는 무엇을 해 왔는가?',
			answer:
				'2014년 12월 인권을 포함한 북한 상황을 처음 논의했고, 그 뒤 4년 연속 회의를 열었다. 일본은 이 회의에서 납치 문제의 조기 해결을 촉구했다.'
		},
		'six-party-normalise': {
			prompt: '6자회담은 두 나라의 관계 정상화를 목표 가운데 하나로 삼았다. 어느 두 나라인가?',
			answer: '일본과 북한이다. 관계 정상화는 납치 문제 등 현안의 해결을 바탕으로 하기로 했다.'
		},
		'six-party-concern': {
			prompt: '2007년 10월 성과 문서는 납치 문제를 직접 언급하는가?',
			answer:
				'직접 쓰지는 않는다. 「현안」이라고만 말하며, 일본 외무성의 페이지는 납치 문제를 그 가운데 하나로 읽는다.'
		},
		'summits-g7': {
			prompt:
				'문서에 따르면 2018년 6월 샤를부아에서 일본을 지지한 것은 어느 정상들의 모임인가? 그 회원국을 표시하시오.',
			answer:
				'G7 정상들이 지지를 보냈고, 정상 선언은 이 문제를 언급했다. 문서는 G7이라는 이름만 들고 회원국은 들지 않는다. 일곱 나라는 보충 정보다.'
		},
		'summits-charlevoix': {
			prompt: '2018년 9월 유엔 총회에서 일본은 세계에 무엇을 요청했는가?',
			answer: '아베 총리는 모든 납치 피해자가 돌아올 수 있도록 모든 나라에 이해와 협력을 요청했다.'
		},
		'us-partners': {
			prompt: '제4절은 일본이 양자 회담에서 이 문제를 제기한 예로 어느 나라들을 드는가?',
			answer:
				'네 나라를 예로 든다. 미국, 한국, 중국, 러시아이며, 문서에 따르면 모두 일본의 입장을 이해하고 지지한다.'
		},
		'us-trump': {
			prompt: '문서에 따르면 트럼프 대통령은 납치 문제에 대해 무엇을 했는가?',
			answer:
				'2017년 11월 일본에서 납치 피해자 가족을 만났고, 문서에 따르면 아베 총리의 요청에 따라 2018년 6월 정상회담에서 김정은에게 이 문제를 제기했다.'
		},
		'neighbours-trilateral': {
			prompt: '2018년 5월 3국 정상회의에서 아베 총리는 어느 두 나라 정상에게 지지를 요청했는가?',
			answer: '한국과 중국의 정상이다. 이 회의에는 일본, 중국, 한국이 함께했다.'
		},
		'neighbours-first': {
			prompt: '2018년 5월 그 정상회의에서 처음으로 일어난 일은 무엇인가?',
			answer: '성과 문서가 처음으로 납치 문제를 언급했다.'
		},
		'congress-coordinate': {
			prompt:
				'2016년 미국 하원 결의는 납치되었을 가능성이 있는 미국 시민 1명에 대해 미국 정부가 다른 정부들과 협력하도록 촉구했다. 어느 정부들인가?',
			answer:
				'일본, 중국, 한국이다. 납치되었을 가능성이 있는 미국 시민 1명의 사안을 조사하기 위해서다.'
		},
		'congress-certainty': {
			prompt: '미국 시민이 납치되었다고 문서는 얼마나 확신하는가?',
			answer:
				'확신하지 않는다. 「납치되었을 가능성이 있는」 시민이라고 말할 뿐이며, 결의의 대상으로만 다룬다. 일본은 의회의 움직임을 계속 지켜보겠다고 말한다.'
		}
	}
};
