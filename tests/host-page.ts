import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A second, tiny web server on its own port: another origin, as a school's site would be, that
 * serves whatever HTML a test gives it at /.
 */
export async function startHostPage(): Promise<{
	origin: string;
	show(html: string): void;
	close(): Promise<void>;
}> {
	let body = '<!doctype html><title>Host</title>';
	const server: Server = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		show(html: string) {
			body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A school's page</title></head><body><h1>Our lesson</h1>${html}</body></html>`;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
