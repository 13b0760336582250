import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap';

/**
 * A line's width as a Korean font draws it: a Hangul syllable or jamo is a whole em (Noto Sans
 * CJK KR, Malgun Gothic), a space or Latin glyph about half of one.
 */
const drawnWidth = (line: string, fontSize: number) =>
	[...line].reduce(
		(width, c) =>
			width + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(c) ? 1 : 0.55) * fontSize,
		0
	);

describe('wrapText in Korean', () => {
	// A 1200 px picture's source line: 14.3 px type across 1128 px (compose.ts's sizes).
	const fontSize = 14.3;
	const width = 1128;
	const source =
		'출처: 일본 외무성 「일북 관계: 국제 사회의 노력」 2018년 12월 28일 자료를 바탕으로 ' +
		'이 대시보드가 정리한 데이터 판 1.0, 빌드 2026년 12월 3일, 데이터 이용 허락 CC BY 4.0, ' +
		'지도 자료는 내추럴 어스 공공 영역 자료를 사용합니다 예시 주소 example.org/ko';

	it('breaks a Korean source line so that every line fits the picture', () => {
		const lines = wrapText(source, width, fontSize);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(drawnWidth(line, fontSize)).toBeLessThanOrEqual(width);
	});

	it('keeps a legend label inside its column', () => {
		const column = 1128 / 4 - 14.3 * 3.1;
		for (const line of wrapText('확인된 납치 피해자가 있는 나라 (일본 정부 인정)', column, 16))
			expect(drawnWidth(line, 16)).toBeLessThanOrEqual(column);
	});
});
