/** Korean: where the data comes from and on what terms, the layers' pages. */
import type { ProvenanceMessages } from '../types';
import { SITE_KO } from './site';

export const koProvenance: ProvenanceMessages = {
	provenance: {
		line: (a) =>
			`출처: ${a.publisher}, 「${a.title}」, ${a.date}. 이 지도의 데이터 ${a.version}(${a.built} 작성), ${a.licence}. 저작자 표시: ${a.credit}.`,
		heading: '출처·버전·라이선스',
		source: '출처',
		whereToFind: '원문 찾는 곳',
		version: '데이터 버전',
		built: '작성일',
		licence: '데이터의 라이선스',
		codeLicence: '프로그램은 MIT 라이선스를 따릅니다.',
		credit: '저작자 표시',
		creditText: (credit) => `「${credit}」(위 문서에 근거).`,
		outline: '문서의 각 절과 우리의 요약',
		datapackage:
			'두 CSV 파일의 Frictionless 데이터 패키지. 출처, 버전, 라이선스, 각 열과 코드값의 뜻을 적었습니다(영어).'
	},
	layerPage: {
		title: (layer) => `${layer} | ${SITE_KO}`,
		description: {
			abductions:
				'북한에 자국민이 납치되었거나 그럴 가능성이 있는 나라와, 2018년 12월 28일 자 일본 외무성 페이지가 각각을 얼마나 확실하다고 하는지를 세계 지도로 보여 줍니다.',
			engagement:
				'2005년부터 2018년까지 문서의 날짜가 있는 사건에 참여한 나라들을, 행동한 나라에서 대상 나라로 이어지는 선과 함께 보여 줍니다.',
			forums:
				'납치 문제가 거론된 협의체(유엔 기구, 6자회담, G7, 아세안 등)와 각 협의체에 참여하는 나라를 세계 지도로 보여 줍니다.'
		},
		countryUndated: (status) => `${status} · 문서의 날짜가 있는 사건에는 등장하지 않음`
	}
};
