import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('toCsv', () => {
	it('quotes only fields that need it and ends lines with CRLF', () => {
		expect(toCsv(['a', 'b'], [['plain', 3]])).toBe('a,b\r\nplain,3\r\n');
		expect(toCsv(['a'], [['x, y']])).toBe('a\r\n"x, y"\r\n');
	});

	it('writes numbers as they are and quotes a field with a lone carriage return', () => {
		expect(toCsv(['n', 'text'], [[0, 'a\rb']])).toBe('n,text\r\n0,"a\rb"\r\n');
	});

	it('doubles quotes inside quoted fields', () => {
		expect(toCsv(['a'], [['say "hi"']])).toBe('a\r\n"say ""hi"""\r\n');
	});

	it('round-trips commas, quotes, line breaks and empty fields', () => {
		const rows = [
			['Japan, the "GoJ"', 'line one\nline two', ''],
			['', 'a\r\nb', '"""'],
			['Lebanon', 'Côte d’Ivoire — ünïcode', 'x']
		];
		expect(parseCsv(toCsv(['one', 'two', 'three'], rows))).toEqual([
			['one', 'two', 'three'],
			...rows
		]);
	});
});
