/** Japanese: where the data comes from and on what terms, the layers' pages. */
import type { ProvenanceMessages } from '../types';
import { SITE_JA } from './site';

export const jaProvenance: ProvenanceMessages = {
	provenance: {
		// A space after each sentence: where the pictures' foot may wrap (it wraps at spaces).
		line: (a) =>
			`出典：${a.publisher}『${a.title}』${a.date}。この地図のデータ ${a.version}（${a.built}作成）、${a.licence}。クレジット：${a.credit}。`,
		heading: '出典・版・ライセンス',
		source: '出典',
		whereToFind: '原文の探し方',
		version: 'データの版',
		built: '作成日',
		licence: 'データのライセンス',
		codeLicence: 'プログラムはMITライセンスです。',
		credit: 'クレジット',
		creditText: (credit) => `「${credit}」（上記の文書にもとづく）。`,
		outline: '文書の各節と、私たちの要約',
		datapackage:
			'二つのCSVファイルのFrictionlessデータパッケージ。出典、版、ライセンス、各列とコード値の意味を記載（英語）。'
	},
	layerPage: {
		title: (layer) => `${layer}｜${SITE_JA}`,
		description: {
			abductions:
				'北朝鮮に自国民を拉致された、またはその可能性がある国と、2018年12月28日付の外務省のページがそれぞれをどこまで確かだとしているかを世界地図で示します。',
			engagement:
				'2005年から2018年までの文書の日付のある出来事に加わった国々を、行動した国から対象の国への線とともに示します。',
			forums:
				'拉致問題が取り上げられた枠組み（国連の機関、六者会合、G7、ASEANなど）と、それぞれに加わる国を世界地図で示します。'
		},
		countryUndated: (status) => `${status}・文書の日付のある出来事には登場しない`
	}
};
