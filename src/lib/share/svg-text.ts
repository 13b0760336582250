/** Small helpers for writing SVG by hand: text escaped for XML, numbers to one decimal. */
export const escapeXml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export const r1 = (n: number) => Math.round(n * 10) / 10;
