/**
 * RFC 4180 CSV through d3-dsv: a field with a comma, quote or line break is quoted, quotes
 * doubled. d3-dsv ends lines with LF; RFC 4180 (and our downloads) end each line with CRLF.
 */
import { csvFormatRow, csvParseRows } from 'd3-dsv';

export type CsvValue = string | number;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	return [header, ...rows].map((row) => csvFormatRow(row.map(String))).join('\r\n') + '\r\n';
}

/** The inverse of toCsv, for tests and for anyone reading our downloads back. */
export function parseCsv(text: string): string[][] {
	return csvParseRows(text);
}
