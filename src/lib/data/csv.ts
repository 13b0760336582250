/**
 * RFC 4180 CSV through d3-dsv: a field with a comma, quote or line break is quoted, quotes
 * doubled. d3-dsv ends lines with LF; RFC 4180 (and our downloads) end each line with CRLF.
 */
import { csvFormatRow, csvParseRows } from 'd3-dsv';

export type CsvValue = string | number;

/** U+FEFF, written as the bytes EF BB BF: tells spreadsheet programs the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	return [header, ...rows].map((row) => csvFormatRow(row.map(String))).join('\r\n') + '\r\n';
}

/**
 * The inverse of toCsv, for tests and for anyone reading our downloads back. A leading
 * byte-order mark is dropped, or it would become part of the first column's name.
 */
export function parseCsv(text: string): string[][] {
	return csvParseRows(text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text);
}
