import { describe, expect, it } from 'vitest';
import { formatDate, formatEventDate, forumRoleLabel, sectionLabel } from './format';

describe('formatDate', () => {
	it('keeps the precision of the source', () => {
		expect(formatDate('2013-03')).toBe('March 2013');
		expect(formatDate('2007-09-27')).toBe('27 September 2007');
		expect(formatDate('2018-12')).toBe('December 2018');
	});

	it('says "between" for spans', () => {
		expect(formatEventDate({ date: '2013-03', dateEnd: '2014-02' })).toBe(
			'between March 2013 and February 2014'
		);
	});

	it('marks a date the document does not give as our inference', () => {
		expect(formatEventDate({ date: '2013-03', dateEnd: '2014-02', dateBasis: 'inferred' })).toBe(
			'Undated in the document: sometime between March 2013 and February 2014, as its other dates imply'
		);
		expect(formatEventDate({ date: '2013-03', dateBasis: 'document' })).toBe('March 2013');
	});
});

it('sectionLabel names sections readably', () => {
	expect(sectionLabel('1(b)')).toBe('section 1(b)');
	expect(sectionLabel('intro')).toBe('introduction');
});

it('forumRoleLabel never calls a host or a participant a member', () => {
	expect(forumRoleLabel({ basis: 'document', role: 'host' })).toMatch(/^Hosts/);
	expect(forumRoleLabel({ basis: 'document', role: 'participant' })).toMatch(/not a member/);
	expect(forumRoleLabel({ basis: 'context', role: 'member' })).toMatch(/context/);
	expect(forumRoleLabel({ basis: 'document', role: 'named' })).toBe('Named by the document');
});

describe('in Japanese', () => {
	it('writes dates as year, month and day, no more precise than the source', () => {
		expect(formatDate('2018-06', 'ja')).toBe('2018年6月');
		expect(formatDate('2018-06-12', 'ja')).toBe('2018年6月12日');
		expect(formatEventDate({ date: '2013-03', dateEnd: '2014-02' }, 'ja')).toBe(
			'2013年3月から2014年2月の間'
		);
		expect(formatEventDate({ date: '2007-10', dateBasis: 'inferred' }, 'ja')).toMatch(
			/^文書に日付なし.*2007年10月/
		);
	});

	it('names sections and roles in Japanese', () => {
		expect(sectionLabel('1(b)', 'ja')).toBe('第1(b)節');
		expect(sectionLabel('intro', 'ja')).toBe('導入部');
		expect(forumRoleLabel({ basis: 'context', role: 'member' }, 'ja')).toMatch(/補足情報/);
	});
});
