/** The second half of the classroom walk in Japanese, after the United Nations: see steps-ja.ts. */
import type { Step } from './steps';

export const STEPS_BEYOND_THE_UN_JA: Step[] = [
	{
		title: '六者会合',
		headline: '六者会合',
		points: [
			'2005年9月：六者会合の共同声明は、拉致問題などの解決を基礎に、日本と北朝鮮の関係正常化へ進むことを目標に掲げた。',
			'2007年2月：関係正常化に関する作業部会を設けることで合意した。',
			'2007年10月：別の成果文書がその目標を再確認した。日本は、そこにいう懸案事項に拉致問題が入ると解している。'
		],
		sections: ['2'],
		notes: [
			{
				text: '日本は六者会合で拉致問題を提起した。目標は2005年9月の共同声明で定められ、作業部会は2007年2月の成果文書で決まった。',
				section: '2'
			},
			{
				text: '2007年10月の成果文書は「懸案事項」に触れている。拉致問題がそこに入るというのは日本の解釈であり、文書はそれを確信をもって述べている。',
				section: '2'
			},
			{
				text: '文書は六者を列挙していない。地図はそれを補足情報として示している。',
				section: '2'
			}
		],
		mapTitle: '会合に参加した国',
		marks: [
			{ label: '日本', tone: 'japan', countries: ['JPN'] },
			{ label: '北朝鮮', tone: 'responsible', countries: ['PRK'] },
			{
				label: 'ほかの参加国（補足情報）',
				tone: 'context',
				countries: { group: 'six-party' },
				named: '六者会合'
			}
		]
	},
	{
		title: '多国間の首脳会議',
		headline: '多国間の首脳会議',
		points: [
			'日本はG7サミットやASEAN関連首脳会議で拉致問題を提起し、各国がその取組を支持している。',
			'2018年6月、シャルルボワ：G7首脳が日本を支持し、首脳コミュニケでこの問題に触れた。',
			'2018年9月：安倍総理大臣は国連総会で、すべての拉致被害者の帰国への協力をあらゆる国に求めた。'
		],
		sections: ['3'],
		notes: [
			{
				text: '文書によれば、問題の解決の重要性と日本の取組は、各国の明確な理解と支持を得ている。',
				section: '3'
			},
			{
				text: 'G7とASEANの加盟国は補足情報であり、文書には挙げられていない。ASEAN関連首脳会議には、ASEANの10か国以外の国も参加する。',
				section: '3'
			}
		],
		mapTitle: 'G7とASEAN',
		marks: [
			{ label: '日本', tone: 'japan', countries: ['JPN'] },
			{
				label: 'ほかのG7加盟国（補足情報）',
				tone: 'context',
				countries: { group: 'g7' },
				named: 'G7'
			},
			{
				label: 'ASEAN加盟国（補足情報）',
				tone: 'second-context',
				countries: { group: 'asean' },
				named: 'ASEAN'
			}
		]
	},
	{
		title: '国ごとに：米国',
		headline: '国ごとの協議：米国',
		points: [
			'日本は、米国、韓国、中国、ロシアなどとの協議で拉致問題を取り上げている。',
			'2017年11月：訪日したトランプ大統領が拉致被害者の家族と面会し、訴えを聞いた。',
			'2018年6月：安倍総理大臣の要請を受け、米国と北朝鮮の首脳会談で金正恩委員長にこの問題を提起した。'
		],
		sections: ['4'],
		notes: [
			{
				text: 'これらの国などとの首脳会談や外相会談。文書は「など」としており、例であって全てではない。これらの国は日本の立場を理解し支持している、と文書は述べている。',
				section: '4'
			},
			{
				text: '2017年11月、大統領と安倍総理大臣は、両国が引き続きこの問題で協力していくとの認識を共有した。米国は、ポンペオ国務長官の北朝鮮訪問など、ほかの機会にも拉致問題を提起している。',
				section: '4'
			}
		],
		mapTitle: '第4節で名前が挙がった協議相手',
		marks: [
			{ label: '日本', tone: 'japan', countries: ['JPN'] },
			{
				label: '日本の協議相手として名前が挙がった国（「など」）',
				tone: 'named',
				countries: ['USA', 'KOR', 'CHN', 'RUS']
			},
			{ label: '北朝鮮', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: '国ごとに：近隣国',
		headline: '国ごとの協議：日本の近隣国',
		points: [
			'韓国は、2018年4月の南北首脳会談をはじめ、北朝鮮に拉致問題を繰り返し提起してきた。',
			'2018年5月：日本・中国・韓国の首脳会議の成果文書が、初めて拉致問題に触れた。',
			'2018年9月：ロシアのプーチン大統領が理解を示し、中国の習近平国家主席は拉致問題の早期解決に向けた日本の立場を全面的に支持した。'
		],
		sections: ['4'],
		notes: [
			{
				text: '2018年5月の日中韓サミットで、安倍総理大臣は文在寅大統領と李克強国務院総理に支持を求めた。両首脳の理解を得て、成果文書が初めてこの問題に言及した。',
				section: '4'
			},
			{
				text: '2018年9月の日露首脳会談で安倍総理大臣はロシアの協力を求め、同じ月の日中首脳会談では習近平国家主席が早期解決に向けた日本の立場を支持した。',
				section: '4'
			}
		],
		mapTitle: '第4節で名前が挙がった近隣国',
		marks: [
			{ label: '日本', tone: 'japan', countries: ['JPN'] },
			{ label: 'このステップで名前が挙がった国', tone: 'named', countries: ['KOR', 'CHN', 'RUS'] },
			{ label: '北朝鮮', tone: 'responsible', countries: ['PRK'] }
		]
	},
	{
		title: '米国議会',
		headline: '米国議会が1件の事案を取り上げる',
		points: [
			'2016年9月：米国下院は、北朝鮮に拉致された可能性のある米国市民の件で、日本、中国、韓国と協力するよう米国政府に求めた。',
			'同じ内容の決議案が2017年3月に上院に提出され、2018年2月に上院外交委員会が承認した。'
		],
		sections: ['us-congress'],
		notes: [
			{
				text: '北朝鮮に拉致された可能性のある米国市民1人の事案である。文書は、これらの決議に関連してのみこの事案に触れている。',
				section: 'us-congress'
			},
			{
				text: '日本は、米国議会がこの問題にどう臨むかを引き続き注視するとしている。',
				section: 'us-congress'
			}
		],
		mapTitle: '決議が名前を挙げた国',
		marks: [
			{ label: '議会が動いた米国', tone: 'named', countries: ['USA'] },
			{ label: '日本', tone: 'japan', countries: ['JPN'] },
			{ label: '事案で米国と協力する国', tone: 'partner', countries: ['CHN', 'KOR'] },
			{ label: '北朝鮮', tone: 'responsible', countries: ['PRK'] }
		]
	}
];
