// `npm start`: build if needed, then serve the built site and print its address. It listens on
// this computer only (127.0.0.1) unless HOST says otherwise: HOST=0.0.0.0 serves the school
// network too, prints the addresses to give students, and tells the slide's QR code to use them.
import { buildIfStale } from './build-if-stale.js';
import { createSiteServer, listen } from './serve.js';
import { listensOnAll, thisComputersLanOrigins } from './lan.js';

buildIfStale();
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = process.env.BASE_PATH ?? '';
const lan = listensOnAll(host) ? thisComputersLanOrigins(port, base) : null;
const url = await listen(createSiteServer({ lanOrigins: lan }), { port, host, base });
const local = listensOnAll(host) ? `http://127.0.0.1:${port}${base.replace(/\/+$/, '')}` : url;
console.log(`\nThe dashboard is running at ${local}/  (Ctrl+C to stop)`);
if (lan) {
	console.log(
		lan.length
			? `Students on the same network can open:\n${lan.map((o) => `  ${o}/`).join('\n')}`
			: 'No network address found: phones cannot reach this computer.'
	);
}
console.log('');
