import { afterEach, describe, expect, it } from 'vitest';
import { dateFormat, listFormat, pluralRules } from './intl';
import { en } from './messages';
import { ja } from './ja';

describe('dates', () => {
	it('writes a day, or a month alone, as each language does', () => {
		expect(en.date(2007, 9, 27)).toBe('27 September 2007');
		expect(en.date(2013, 3)).toBe('March 2013');
		expect(en.date(2018, 12, 28)).toBe('28 December 2018');
		expect(ja.date(2007, 9, 27)).toBe('2007年9月27日');
		expect(ja.date(2013, 3)).toBe('2013年3月');
		expect(ja.date(2018, 12, 28)).toBe('2018年12月28日');
	});

	it('keeps the calendar date whatever the zone (first and last days of a year)', () => {
		const english = dateFormat('en-GB');
		expect(english(2005, 1, 1)).toBe('1 January 2005');
		expect(english(2018, 12, 31)).toBe('31 December 2018');
		expect(english(2005, 1)).toBe('January 2005');
	});
});

describe('plurals and lists', () => {
	it('picks the English form by count', () => {
		const plural = pluralRules('en');
		const forms = { one: 'event', other: 'events' };
		expect([0, 1, 2, 11].map((n) => `${n} ${plural(n, forms)}`)).toEqual([
			'0 events',
			'1 event',
			'2 events',
			'11 events'
		]);
		expect(en.tooltip.events(1, 0)).toBe('1 dated event');
		expect(en.tooltip.events(3, 1)).toBe('3 dated events and 1 undated event');
		expect(en.search.count(1)).toBe('1 country matches');
		expect(en.search.count(2)).toBe('2 countries match');
		expect(en.country.hiddenLater('March 2013', 1)).toBe(
			'Showing events up to March 2013; 1 later event is hidden by the timeline.'
		);
		expect(en.preview.countrySubtitle('Nationals abducted', 1, 0)).toBe(
			'Nationals abducted · named in 1 dated event of the document'
		);
	});

	it('uses the one form Japanese has', () => {
		expect(pluralRules('ja')(1, { one: 'x', other: '件' })).toBe('件');
	});

	it('joins lists without a serial comma, as the site writes English', () => {
		expect(listFormat('en-GB')(['1(c)', '1(d)'])).toBe('1(c) and 1(d)');
		expect(en.section.numberedMany(['1(a)', '1(b)', '1(c)'])).toBe('sections 1(a), 1(b) and 1(c)');
		expect(en.section.numberedMany(['4'])).toBe('section 4');
		expect(en.section.from(['introduction'])).toBe('From the document’s introduction');
	});

	describe('a list of one or none', () => {
		const Platform = Intl.ListFormat;
		// The platform's constructor, swapped for one that counts what it makes.
		const intl = Intl as { ListFormat: typeof Platform };
		afterEach(() => {
			intl.ListFormat = Platform;
		});

		it('is what Intl writes, and makes no formatter', () => {
			const tags = ['en-GB', 'ja', 'ko'];
			const lists = [['introduction'], []];
			const platform = (tag: string, items: string[]) =>
				new Platform(tag, { type: 'conjunction' }).format(items);
			const expected = tags.flatMap((tag) => lists.map((items) => platform(tag, items)));
			let made = 0;
			intl.ListFormat = class extends Platform {
				constructor(...args: ConstructorParameters<typeof Platform>) {
					super(...args);
					made += 1;
				}
			};
			const joined = tags.flatMap((tag) => lists.map((items) => listFormat(tag)(items)));
			expect(joined).toEqual(expected);
			expect(made).toBe(0);
			expect(listFormat('en-GB')(['a', 'b'])).toBe('a and b');
			expect(made).toBe(1);
		});
	});
});
