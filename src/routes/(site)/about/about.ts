/**
 * The About page's language and the words it shares between its two versions: the title, the
 * downloads and the tables. The prose on how to read the data is in AboutEn.svelte and
 * AboutJa.svelte, one per language, since each reads best written whole.
 */
import { formatDate } from '$lib/data/format';
import { localeOfPath, type Locale, type Localized } from '$lib/i18n/locale';

/** The page's language from its address: the base path (e.g. /abductions) comes off first. */
export function aboutLocale(pathname: string, base: string): Locale {
	const inside = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	return localeOfPath(inside || '/');
}

/** `2018-12-28` as the page says it: `28 December 2018`, `2018年12月28日`. */
export function documentDate(date: string, locale: Locale): string {
	if (locale === 'en') return formatDate(date);
	const [year, month, day] = date.split('-').map(Number);
	return `${year}年${month}月${day ? `${day}日` : ''}`;
}

export interface AboutWords {
	pageTitle: string;
	downloads: string;
	countriesFile: string;
	eventsFile: string;
	/** What ends a sentence: '.' in English, nothing after a Japanese list of columns. */
	listEnd: string;
	datasetFile: { before: string; after: string };
	csvNote: string;
	tablesHeading: string;
	tables: { before: string; link: string; after: string };
}

export const ABOUT_WORDS: Localized<AboutWords> = {
	en: {
		pageTitle: "About and downloads · Abductions by North Korea: the world's response",
		downloads: 'Downloads',
		countriesFile: 'one row per country, with',
		eventsFile: 'one row per dated event, with',
		listEnd: '.',
		datasetFile: {
			before: 'the whole validated dataset, and under',
			after: 'the same in Japanese.'
		},
		csvNote:
			'CSV files follow RFC 4180 (UTF-8, with a byte-order mark so spreadsheets read the Japanese columns correctly); lists inside a field are separated by semicolons; the columns ending in _ja hold the Japanese.',
		tablesHeading: 'All countries and events',
		tables: {
			before: 'The',
			link: 'tables',
			after:
				' list every country and event in the data, sortable and filterable, each linked to its page.'
		}
	},
	ja: {
		pageTitle: '概要とダウンロード｜北朝鮮による拉致：国際社会の対応',
		downloads: 'ダウンロード',
		countriesFile: '国ごとに1行。列：',
		eventsFile: '日付のある出来事ごとに1行。列：',
		listEnd: '',
		datasetFile: {
			before: '検証済みのデータセット全体（英語）と、',
			after: 'の下に同じ内容の日本語版。'
		},
		csvNote:
			'CSVファイルはRFC 4180に従っています（UTF-8。表計算ソフトが日本語の列を正しく読めるよう、バイト順マーク付き）。一つの欄に複数の値があるときはセミコロンで区切り、_jaで終わる列が日本語です。',
		tablesHeading: 'すべての国と出来事',
		tables: {
			before: '',
			link: '一覧表',
			after:
				'では、データにあるすべての国と出来事を並べ替えたり絞り込んだりでき、それぞれのページへ移動できます。'
		}
	}
};
