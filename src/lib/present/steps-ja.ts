/**
 * The classroom walk in Japanese: the same steps as steps.ts, point for point, note for note and
 * mark for mark (steps.test.ts checks the shapes match). Country names are written out in full
 * wherever a step's map colours the country, so the check that the words name exactly the
 * coloured countries holds in Japanese too. Terms follow data/ja/GLOSSARY.md.
 */
import type { Step } from './steps';
import { STEPS_BEYOND_THE_UN_JA } from './steps-beyond-un-ja';

export const STEPS_JA: Step[] = [
	{
		title: '拉致された人々',
		headline: '北朝鮮による拉致は多くの国に及ぶ',
		points: [
			'日本と韓国：文書は、帰国した日本人拉致被害者と、拉致されたことが知られる多くの韓国人に触れている。',
			'タイ・ルーマニア・レバノン：帰国した日本人拉致被害者らが、これらの国の人も拉致された可能性があると証言している。',
			'中国：帰国した韓国人拉致被害者らの話では、中国人などの外国人も拉致されたとされる。'
		],
		sections: ['intro'],
		notes: [
			{
				text: '日本の出発点：北朝鮮に直接働きかけるとともに他国政府の支持も得る必要があるため、外交の機会があるたびにこの問題を取り上げている。',
				section: 'intro'
			},
			{
				text: '確かさは国によって違う。多くの韓国人は拉致されたことが知られている。タイ、ルーマニア、レバノンについての根拠は帰国した日本人拉致被害者らの証言であり、中国などの国民については帰国した韓国人拉致被害者らの証言にもとづいて言われていることである。',
				section: 'intro'
			},
			{
				text: '文書は、拉致は基本的人権の侵害であり、国際社会にとって普遍的な問題だとしている。',
				section: 'intro'
			}
		],
		mapTitle: '誰が拉致されたか、文書はどこまで確かか',
		marks: [
			{ label: '拉致された（明記）', tone: 'abducted', countries: ['JPN', 'KOR'] },
			{
				label: '拉致された可能性がある（帰国者の証言）',
				tone: 'possibly-abducted',
				countries: ['THA', 'ROU', 'LBN']
			},
			{ label: '拉致されたとされる（伝聞）', tone: 'reported', countries: ['CHN'] },
			{ label: '北朝鮮', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: '国際連合',
		headline: '国連で：毎年の決議',
		points: [
			'日本とEUは、北朝鮮の人権状況に関する決議を国連人権理事会と国連総会に共同提出している。',
			'決議はそれぞれの機関が採択する。2018年10月までに、人権理事会は11年連続、総会は13年連続で採択した。'
		],
		sections: ['1(a)'],
		notes: [
			{
				text: '機関は二つあり、毎年それぞれで別の決議が採択される。2018年10月時点で、国連人権理事会では11年連続、国連総会では13年連続の採択である。',
				section: '1(a)'
			},
			{
				text: 'EUの加盟国は文書に列挙されていない。地図は2018年の加盟28か国を補足情報として示している。',
				section: '1(a)'
			}
		],
		mapTitle: '決議を共同提出しているのは誰か',
		marks: [
			{ label: '日本', tone: 'japan', countries: ['JPN'] },
			{
				label: 'EU加盟国（2018年、補足情報）',
				tone: 'context',
				countries: { group: 'eu' },
				named: 'EU'
			},
			{ label: '北朝鮮', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: '国連調査委員会',
		headline: '国連の調査委員会（COI）',
		points: [
			'2013年3月：国連人権理事会が、投票なしのコンセンサスで調査委員会を設置した。',
			'委員会は日本、韓国、米国、英国、タイを訪れ、拉致を含む北朝鮮の人権状況を調べた。',
			'最終報告書は2014年2月に公表された。'
		],
		sections: ['1(b)'],
		notes: [
			{
				text: '委員会は、2013年3月の会期にコンセンサスで採択された人権理事会の決議によって設けられた。',
				section: '1(b)'
			},
			{
				text: '文書は訪問先の5か国を挙げているが、訪問の日付は示していない。',
				section: '1(b)'
			}
		],
		mapTitle: '委員会が訪れた国',
		marks: [
			{
				label: '委員会の訪問国',
				tone: 'named',
				countries: ['JPN', 'KOR', 'USA', 'GBR', 'THA']
			},
			{ label: '北朝鮮', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: '報告書のあと',
		headline: '報告書のあと：過去最も強い決議',
		points: [
			'2014年3月：人権理事会は報告書を踏まえ、北朝鮮の人権侵害を最も強い言葉で非難し、国際刑事司法への付託の検討を安保理に勧告した。',
			'2014年12月：国連総会は過去最多の共同提案国を得て「人道に対する罪」に言及し、国際刑事裁判所への付託の検討を安保理に促した。'
		],
		sections: ['1(c)', '1(d)'],
		notes: [
			{
				text: '2014年3月の人権理事会決議は圧倒的多数で採択され、それまでのどの決議よりも強い内容だった。拉致を含むすべての人権侵害をやめるよう北朝鮮に求め、報告書のフォローアップのための体制を求めた。',
				section: '1(c)'
			},
			{
				text: '2014年12月の総会決議も圧倒的多数で採択され、組織的かつ広範で重大な人権侵害を非難し、国際刑事裁判所への付託の検討を安保理に促した。',
				section: '1(d)'
			}
		],
		mapTitle: '決議が人権侵害を非難している国',
		marks: [{ label: '北朝鮮', tone: 'responsible', countries: ['PRK'] }]
	},
	{
		title: '国連のその後の取組',
		headline: 'その後の取組：ソウルと安保理',
		points: [
			'2015年6月：国連人権高等弁務官事務所が、韓国のソウルに現地事務所を開いた。',
			'2016〜2018年：説明責任に関する独立専門家が任命され、ソウル事務所を含む同事務所の強化を決議が求めた。',
			'安保理は2014年12月に北朝鮮の状況を取り上げ、4年連続で会合を開いた。日本はそこで拉致問題の早期解決を求めている。'
		],
		sections: ['1(e)', '1(f)'],
		notes: [
			{
				text: '2016年9月：説明責任に焦点を当てる独立専門家が任命された。2017年3月：ソウル事務所を含む国連人権高等弁務官事務所（OHCHR）の能力を強化する決議が採択され、2018年3月の人権理事会決議はそれを急ぐよう促した。',
				section: '1(e)'
			},
			{
				text: '文書は、2014年12月の安保理の議論から4年連続の会合を数えているが、それ以上の詳細は示していない。',
				section: '1(f)'
			}
		],
		mapTitle: 'このステップに出てくる国',
		marks: [
			{ label: 'ソウルの国連事務所を受け入れている国', tone: 'named', countries: ['KOR'] },
			{ label: '日本', tone: 'japan', countries: ['JPN'] },
			{ label: '北朝鮮', tone: 'responsible', countries: ['PRK'] }
		]
	},
	...STEPS_BEYOND_THE_UN_JA
];
