/** Japanese: the site's frame and the document's sections (see ../en/site.ts). */
import { dateFormat } from '../intl';
import type { SiteMessages } from '../types';

export const SITE_JA = '北朝鮮による拉致：日本が伝える国際社会の取組';

export const jaSite: SiteMessages = {
	date: dateFormat('ja'),
	dateBetween: (from, to) => `${from}から${to}の間`,
	dateInferred: (when) => `文書に日付なし（他の日付から${when}のいずれかの時点と推定）`,
	number: (n) => n.toLocaleString('ja'),
	site: {
		title: SITE_JA,
		pageTitle: (name) => `${name}｜${SITE_JA}`,
		skip: '本文へ移動',
		mapOf: '地図で読む：',
		navLabel: 'サイト',
		nav: { map: '地図', table: '一覧表', classroom: '授業用', about: '概要とダウンロード' },
		source: '出典：',
		footerNote:
			'事実は要約して記載し、文書の該当箇所を示しています。文書の外からの補足情報にはその旨を表示しています。',
		stop: '。',
		titleOpen: '『',
		titleClose: '』',
		download: 'データのダウンロード',
		boundaries: '国境：Natural Earth（パブリックドメイン）'
	},
	language: {
		label: '言語',
		name: { en: 'English', ja: '日本語', ko: '한국어' },
		switchTo: 'View this page in English'
	},
	notFound: {
		title: 'ページが見つかりません',
		errorTitle: 'エラー',
		heading: 'ページが見つかりません',
		lead: 'このアドレスはダッシュボードのページではありません。国別ページは3文字のISOコードを使います。例：',
		example: (path, name) => [path, `（${name}）`],
		exampleName: '韓国',
		backToMap: '世界地図に戻る',
		findInTable: '全ての国の一覧表から探す',
		noStep: '授業用のそのステップはありません',
		steps: (n) => `授業用の解説はステップ1から${n}までの${n}ステップです。`,
		firstStep: 'ステップ1から始める',
		somethingWrong: '問題が発生しました',
		unexpected: '予期しないエラーが発生しました。'
	},
	section: {
		intro: '導入部',
		usCongress: '米国議会の決議の部分',
		numbered: (s) => `第${s}節`,
		numberedMany: (list) => list.map((s) => `第${s}節`).join('・'),
		ref: (label) => `文書：${label}`,
		from: (parts) => `出典：文書の${parts.join('・')}`,
		context: '補足情報',
		contextTitle: '文書に記載なし：補足情報として追加'
	},
	events: {
		countries: '国：',
		forums: '会議・枠組み：',
		where: '場所：',
		fromPhotoCaption: '写真の説明文より',
		showRest: (n) => `残りの${n}件を表示`,
		separator: '、',
		colon: '：'
	},
	offline: {
		updateAvailable: '新しい版があります —',
		reload: '再読み込み'
	}
};
