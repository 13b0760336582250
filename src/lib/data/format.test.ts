import { describe, expect, it } from 'vitest';
import { formatDate, formatEventDate, sectionLabel } from './format';

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
});

it('sectionLabel names sections readably', () => {
	expect(sectionLabel('1(b)')).toBe('section 1(b)');
	expect(sectionLabel('intro')).toBe('introduction');
});
