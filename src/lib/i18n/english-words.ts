/**
 * English left in Japanese or Korean text: the words of Latin letters that are not names or codes the
 * Japanese pages rightly keep (ISO codes, the document's acronyms, file formats, key names).
 */

/** Latin words a Japanese page may carry: acronyms, proper names, file formats and key names. */
const ALLOWED = new Set([
	'G7',
	'COI',
	// A QR code is QRコード in Japanese and QR 코드 in Korean.
	'QR',
	'ASEAN',
	'EU',
	'UN',
	'OHCHR',
	'ICC',
	'DPRK',
	'ROK',
	'US',
	'ISO',
	'PNG',
	'SVG',
	'CSV',
	'JSON',
	'UTF',
	'UTF-8',
	'RFC',
	'px',
	'A4',
	// The licence's identifier (CC-BY-4.0, read up to its point) and the Data Package standard's name.
	'CC-BY-4',
	'Frictionless',
	'Natural',
	'Earth',
	'Enter',
	'Ctrl',
	'Page',
	'Up',
	'Down',
	'Home',
	'End',
	'English',
	'ja'
]);

/** A piece of markup's text alone: no tags, scripts or styles, entities read. */
export function textOfMarkup(markup: string): string {
	return markup
		.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, ' ');
}

/** The words of two or more Latin letters in `text` that no allowance covers, once each. */
export function englishWords(text: string): string[] {
	// A file's name (countries.csv, dataset.json) is a name, not English.
	const words =
		text
			.replace(/[\w-]+\.(csv|json|png|svg)\b/g, ' ')
			.match(/[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]/g) ?? [];
	// ISO alpha-3 codes (in addresses and examples: /country/kor, KOR) are codes, not English.
	const found = words.filter((word) => !ALLOWED.has(word) && !/^[A-Z]{3}$|^[a-z]{3}$/.test(word));
	return [...new Set(found)];
}
