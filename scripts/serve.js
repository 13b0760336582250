// A small static server for the built site: pretty URLs (/country/kor -> country/kor.html), a
// redirect to a page's canonical address (/country/KOR and /ja/ -> /country/kor and /ja: see
// src/lib/canonical-path.js), the site's 404 page with status 404, gzip for text, an optional base path (BASE_PATH), and the
// framing rule (embed pages for any site, the rest for the dashboard only: scripts/framing.js).
// Used by `npm start`, the browser tests and the benchmark. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { framingPolicy } from './framing.js';
import { followChannel } from './follow.js';
import { FOLLOW_PATHS } from '../src/lib/lesson/follow-paths.js';
import { canonicalPath } from '../src/lib/canonical-path.js';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json'
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** Maps a request path to a file under root, or null. Never escapes root. */
async function findFile(root, pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	const candidate = normalize(join(root, decoded));
	if (candidate !== root && !candidate.startsWith(root + sep)) return null;
	for (const file of [candidate, candidate + '.html', join(candidate, 'index.html')]) {
		try {
			if ((await stat(file)).isFile()) return file;
		} catch {
			/* try the next form */
		}
	}
	return null;
}

export function createSiteServer({
	root = process.env.SITE_ROOT ?? 'build',
	base = process.env.BASE_PATH ?? '',
	// The school-network addresses to give the slide's QR code (HOST=0.0.0.0 npm start).
	lanOrigins = null
} = {}) {
	const siteRoot = resolve(root);
	const basePath = base.replace(/\/+$/, '');
	const gzipCache = new Map();

	async function send(req, res, file, status, sitePath) {
		const [body, info] = await Promise.all([readFile(file), stat(file)]);
		// Keyed by modification time too, so a rebuild under a running server is served fresh.
		const cacheKey = `${file}:${info.mtimeMs}`;
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const headers = {
			'content-type': type,
			'x-content-type-options': 'nosniff',
			'content-security-policy': framingPolicy(sitePath)
		};
		headers['cache-control'] = file.includes(`${sep}immutable${sep}`)
			? 'public, max-age=31536000, immutable'
			: 'no-cache';
		let payload = body;
		if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			if (!gzipCache.has(cacheKey)) gzipCache.set(cacheKey, gzipSync(body, { level: 9 }));
			payload = gzipCache.get(cacheKey);
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		headers['content-length'] = payload.length;
		res.writeHead(status, headers);
		res.end(req.method === 'HEAD' ? undefined : payload);
	}

	// Follow the teacher: only on a classroom's server, where phones reach this computer.
	const follow = lanOrigins ? followChannel() : null;

	const server = createServer(async (req, res) => {
		try {
			const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
			const inBase = !basePath || pathname === basePath || pathname.startsWith(`${basePath}/`);
			const sitePath = inBase ? pathname.slice(basePath.length) || '/' : pathname;
			if (follow && inBase && sitePath === FOLLOW_PATHS.step && req.method === 'POST') {
				follow.set(req, res);
				return;
			}
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { allow: 'GET, HEAD' }).end();
				return;
			}
			if (follow && inBase && sitePath === FOLLOW_PATHS.follow) {
				follow.listen(req, res);
				return;
			}
			if (basePath && pathname === '/') {
				res.writeHead(302, { location: `${basePath}/` }).end();
				return;
			}
			if (lanOrigins && inBase && sitePath === '/classroom-address.json') {
				const body = JSON.stringify({ origins: lanOrigins });
				res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
				res.end(req.method === 'HEAD' ? undefined : body);
				return;
			}
			const file = inBase ? await findFile(siteRoot, sitePath) : null;
			if (file) {
				await send(req, res, file, 200, sitePath);
				return;
			}
			// Another spelling of a page that exists: send the reader to its one address.
			const canonical = inBase ? canonicalPath(sitePath) : sitePath;
			if (canonical !== sitePath && (await findFile(siteRoot, canonical))) {
				const target = basePath && canonical === '/' ? `${basePath}/` : basePath + canonical;
				res.writeHead(301, { location: target + search, 'cache-control': 'no-cache' }).end();
				return;
			}
			await send(req, res, join(siteRoot, '404.html'), 404, sitePath);
		} catch (error) {
			res.writeHead(500, { 'content-type': 'text/plain' }).end(`Server error: ${error.message}`);
		}
	});
	// Open event streams would keep the server from ever closing: they end with it.
	const closeServer = server.close.bind(server);
	server.close = (callback) => {
		follow?.close();
		return closeServer(callback);
	};
	return server;
}

/** Listens on host:port (port 0 picks a free one) and resolves with the site's URL. */
export function listen(
	server,
	{ port = 4173, host = '127.0.0.1', base = process.env.BASE_PATH ?? '' } = {}
) {
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			resolvePromise(`http://${host}:${address.port}${base.replace(/\/+$/, '')}`);
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const portArg = process.argv.indexOf('--port');
	const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 4173));
	const url = await listen(createSiteServer(), { port });
	console.log(`Serving build/ at ${url}/`);
}
