/** RFC 4180 CSV: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled. */

export type CsvValue = string | number;

function field(value: CsvValue): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The inverse of toCsv, for tests and for anyone reading our downloads back. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let value = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				value += '"';
				i++;
			} else if (char === '"') quoted = false;
			else value += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(value);
			value = '';
		} else if (char === '\r' || char === '\n') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			row.push(value);
			rows.push(row);
			row = [];
			value = '';
		} else value += char;
	}
	if (value || row.length) {
		row.push(value);
		rows.push(row);
	}
	return rows;
}
