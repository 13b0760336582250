import { describe, expect, it } from 'vitest';
import { isCountrySegment, isStepSegment, readAddress } from './address';

describe('address segments', () => {
	it('takes lower-case three-letter codes as countries, nothing else', () => {
		expect(isCountrySegment('kor')).toBe(true);
		expect(isCountrySegment('KOR')).toBe(false);
		expect(isCountrySegment('ko')).toBe(false);
		expect(isCountrySegment('kore')).toBe(false);
		expect(isCountrySegment('k0r')).toBe(false);
	});

	it('takes steps numbered from 1 with at most two digits', () => {
		expect(isStepSegment('1')).toBe(true);
		expect(isStepSegment('12')).toBe(true);
		expect(isStepSegment('0')).toBe(false);
		expect(isStepSegment('01')).toBe(false);
		expect(isStepSegment('100')).toBe(false);
		expect(isStepSegment('presenter')).toBe(false);
	});
});

describe('readAddress', () => {
	const none = { country: null, step: null, layer: null, embed: false };

	it('reads a country page, on the map and in an embed', () => {
		expect(readAddress('/country/kor')).toEqual({ ...none, country: 'KOR' });
		expect(readAddress('/country/kor/')).toEqual({ ...none, country: 'KOR' });
		expect(readAddress('/embed/country/lbn')).toEqual({ ...none, country: 'LBN', embed: true });
	});

	it('reads a classroom step, not the presenter or the handout', () => {
		expect(readAddress('/present/3')).toEqual({ ...none, step: 3 });
		expect(readAddress('/present/presenter')).toEqual(none);
		expect(readAddress('/present/handout')).toEqual(none);
		expect(readAddress('/present/handout/3.svg')).toEqual(none);
	});

	it('reads a layer’s own page, not an unknown layer or an embed', () => {
		expect(readAddress('/layer/engagement')).toEqual({ ...none, layer: 'engagement' });
		expect(readAddress('/layer/forums/')).toEqual({ ...none, layer: 'forums' });
		expect(readAddress('/layer/roads')).toEqual(none);
		expect(readAddress('/embed/layer/forums')).toEqual({ ...none, embed: true });
	});

	it('names nothing for other pages and odd addresses', () => {
		expect(readAddress('/')).toEqual(none);
		expect(readAddress('/embed')).toEqual({ ...none, embed: true });
		expect(readAddress('/table')).toEqual(none);
		expect(readAddress('/country/korea')).toEqual(none);
		expect(readAddress('/country/kor/more')).toEqual(none);
		expect(readAddress('/about/country/kor')).toEqual(none);
		expect(readAddress('/embed/present/2')).toEqual({ ...none, embed: true });
	});
});
