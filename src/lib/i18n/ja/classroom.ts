/** Japanese: the classroom walk, the presenter's window and the handout. */
import type { ClassroomMessages } from '../types';
import { SITE_JA } from './site';

export const jaClassroom: ClassroomMessages = {
	classroom: {
		title: '授業用',
		step: (n, total) => `ステップ${n}／${total}`,
		stepTitle: (n, total, headline) => `ステップ${n}／${total}：${headline}｜授業用`,
		tools: '先生用ツール',
		presenterView: '発表者ビュー',
		handout: '配布資料',
		// The data's names are short already: the same forms, on every step.
		slideNames: { PRK: '北朝鮮', KOR: '韓国', GBR: '英国', USA: '米国' },
		leave: '終了',
		steps: 'ステップ',
		previous: '← 前へ',
		next: '次へ →',
		finish: 'ステップ一覧へ →',
		mapLabel: 'このステップの国を示す世界地図。',
		description: (n, total, headline, sources) =>
			`授業用ステップ${n}／${total}：${headline}（${sources}。2018年12月28日付の外務省のページ）`,
		handoutHeading: '授業用の配布資料：1ステップにつき1枚',
		startTitle: `授業用｜${SITE_JA}`,
		startHeading: '文書をたどる授業用の画面',
		startLink: 'ステップ1から始める',
		indexLede: (steps, minutes) =>
			`文書を${steps}のステップでたどる、プロジェクターや大きな画面のための画面です。どのステップも地図と凡例ごと1画面に収まり、文書のどの項に基づくかを示します。「先生用ツール」では、問いを含めて${minutes}分で時間を配分し、時計と各ステップの持ち時間を示します。`,
		indexKeys:
			'ステップの画面では、右矢印キー・スペースキー・リモコンで次へ、左矢印キーで前に戻ります。Oですべてのステップ、Fで全画面、Bで画面を消します。「先生用ツール」からは、発表者ビュー（ノート、次のステップ、時計）を別のウィンドウで開けます。',
		indexPrint: '印刷用',
		indexSteps: 'ステップ一覧',
		overview: 'すべてのステップ',
		overviewHint: '数字キーでそのステップへ（0はステップ10）・Escで閉じる',
		overviewStep: (n, title) => `ステップ${n}：${title}`,
		blanked: '画面を消しています。どのキーを押しても、クリックしても戻ります。'
	},
	presenter: {
		title: (heading) => `発表者ビュー｜${heading}`,
		clock: '現在時刻',
		elapsed: '経過時間',
		restart: '時間をリセット',
		current: '現在のステップ',
		notes: '発表者ノート',
		next: (heading) => `次：${heading}`,
		last: 'これが最後のステップです',
		keys: '矢印キー・Page Up/Down・スペースで両方の画面が進みます · Home、End · 1～9、0で移動',
		slideKeys: 'スライドで：B または . で黒画面、W で白画面 · O ですべてのステップ',
		blackButton: '黒画面 (B)',
		blackedOut: 'スライドは黒画面です。いずれかのキーで戻ります。',
		whitedOut: 'スライドは白画面です。いずれかのキーで戻ります。',
		plan: '予定',
		planned: (minutes, until) => `このステップは${minutes}分、45分中の${until}分まで`,
		pace: (behind) =>
			behind > 0 ? `${behind}分遅れ` : behind < 0 ? `${-behind}分早め` : '予定どおり'
	},
	handout: {
		title: '配布資料',
		back: '授業用のページに戻る',
		printHint: 'このページを印刷すると、1ステップにつきA4用紙1枚になります。',
		print: '印刷',
		mapAlt: (title, named) => `地図：${title}。記載されている国：${named}。`,
		boundaries: '国境：Natural Earth。'
	}
};
