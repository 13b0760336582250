/**
 * Korean particles follow the word before them: 한국이 but 미국이, 일본을 but 북한을, 태국은 but
 * 레바논은; the form depends on whether the word's last syllable ends in a consonant (받침). A
 * word that does not end in Hangul (G7, a file name) gets both forms, as Korean writes them: 이(가).
 */
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** The word with its particle: (한국, '이', '가') -> '한국이'; (레바논, '은', '는') -> '레바논은'. */
export function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
	const trimmed = String(word).trimEnd();
	const last = trimmed.codePointAt(trimmed.length - 1) ?? 0;
	if (last < HANGUL_FIRST || last > HANGUL_LAST) return `${word}${afterConsonant}(${afterVowel})`;
	const endsInConsonant = (last - HANGUL_FIRST) % 28 !== 0;
	return word + (endsInConsonant ? afterConsonant : afterVowel);
}
