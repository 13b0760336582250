/** Japanese: sharing, citing and saving a view, the saved pictures, link previews and embeds. */
import type { ShareMessages } from '../types';
import { eventCounts } from './map';
import { SITE_JA } from './site';

export const jaShare: ShareMessages = {
	share: {
		barLabel: 'この表示を共有・引用・保存',
		share: 'リンクを共有',
		cite: '引用',
		png: 'PNG画像',
		svg: 'SVG画像',
		pngLabel: 'この表示をPNG画像で保存',
		svgLabel: 'この表示をSVG画像で保存',
		shared: '共有しました。',
		copied: 'この表示へのリンクをコピーしました。',
		citationCopied: '引用をコピーしました。',
		copyCitation: '引用をコピー',
		copyFailed:
			'ここではコピーできません。下のリンクを選択してあるので、手動でコピーしてください。',
		citationCopyFailed:
			'ここではコピーできません。下の引用文を選択してあるので、手動でコピーしてください。',
		linkField: 'この表示へのリンク',
		citationField: '引用文',
		working: '画像を作成しています…',
		saved: (name) => `${name}を保存しました。`,
		exportFailed: (format, why) => `${format}を作成できませんでした：${why}。`,
		failure: {
			notLoaded: '地図のファイルを読み込めませんでした（オフライン？）。もう一度お試しください',
			codeNotLoaded:
				'描画のためのプログラムを読み込めませんでした（オフライン？）。もう一度お試しください',
			unreadable: 'ブラウザーが図を読み取れませんでした',
			noCanvas: 'ブラウザーが描画用のキャンバスを用意できませんでした',
			tooLarge: 'ブラウザーがPNGに変換できませんでした（メモリー不足？）',
			unexpected: '描画中に問題が起きました。もう一度お試しください'
		},
		tryOther: (format) => `代わりに${format}で保存`,
		stepPng: 'PNGで保存',
		stepSvg: 'SVGで保存',
		stepPngLabel: 'このステップをPNGで保存',
		stepSvgLabel: 'このステップをSVGで保存',
		slidePng: 'スライド用PNG（16:9）',
		slideSvg: 'スライド用SVG（16:9）',
		slidePngLabel: 'スライド用PNG（16:9）：このステップを1920×1080の画像で保存',
		slideSvgLabel: 'スライド用SVG（16:9）：このステップをスライドの形の編集できるファイルで保存',
		viewSlidePngLabel: 'スライド用PNG（16:9）：この表示を1920×1080の画像で保存',
		viewSlideSvgLabel: 'スライド用SVG（16:9）：この表示をスライドの形の編集できるファイルで保存'
	},
	picture: {
		hatched: '（斜線）',
		crossHatched: '（交差する斜線）',
		selected: (name) => `${name}（太線で囲む）`,
		address: (url) => `この表示：${url}`,
		asDocument: (date) => `文書の時点（${date}）`,
		upTo: (month, date) => `${month}までの出来事（${date}付の文書）`,
		source: (provenance) => `${provenance}国境：Natural Earth。`,
		step: (number, total) => `授業用・ステップ${number}／${total}`
	},
	citation: {
		text: (args) =>
			`${args.publisher}『${args.title}』${args.date}。「${SITE_JA}」（データ ${args.version}、${args.licence}）で地図化したこの表示：${args.url}（${args.accessed}閲覧）。`
	},
	preview: {
		homeTitle: SITE_JA,
		homeDescription:
			'北朝鮮に自国民が拉致された、または拉致された可能性がある国と、拉致問題の解決に向けた日本の取組に登場する国々や国際会議を、2018年12月28日付の外務省のページから地図にしました。',
		countryTitle: (name) => `${name}｜${SITE_JA}`,
		countryDescription: (name) =>
			`2018年12月28日付の外務省のページが${name}について述べていることを世界地図で示します。`,
		imageAlt: (title) => `世界地図：${title}`,
		countrySubtitle: (status, dated, undated) =>
			`${status}・文書の${eventCounts(dated, undated)}に登場`
	},
	embed: {
		button: '埋め込み',
		buttonHint: 'この表示を他のサイトに埋め込む',
		dialogTitle: 'この表示を埋め込む',
		dialogLead:
			'このコードをウェブページや学校のサイトに貼り付けてください。今の地図がそのまま（同じ表示・日付・国で）表示されます。',
		width: '幅（px）',
		widest: '最大幅（px）',
		height: '高さ（px）',
		responsive:
			'内容に合わせて高さを自動調整（レスポンシブ。スクリプトが使えないサイトでは上の高さ）',
		fallbackHeight: 'スクリプトなしの高さ（px）',
		code: '貼り付けるコード',
		copy: 'コードをコピー',
		copied: 'コピーしました。ページに貼り付けてください。',
		copyFailed: 'コピーできませんでした。コードを選択して手動でコピーしてください。',
		close: '閉じる',
		notLoaded: '埋め込みコードを読み込めませんでした（オフライン？）。もう一度お試しください。',
		openFullMap: '地図全体を開く',
		frameTitle: (view) => `地図：${view}。${SITE_JA}`,
		siteName: '北朝鮮による拉致',
		upTo: (date) => `${date}まで`,
		source: '出典',
		outline: '当サイトの要約',
		pageTitle: (view) => `${view}｜埋め込み地図｜北朝鮮による拉致`
	}
};
