/** Responses for the prerendered download and geometry files. */
export function jsonFile(body: unknown): Response {
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

export function csvFile(body: string): Response {
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
