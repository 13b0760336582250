// `npm start`: build if needed, then serve the built site on localhost and print its address.
import { buildIfStale } from './build-if-stale.js';
import { createSiteServer, listen } from './serve.js';

buildIfStale();
const url = await listen(createSiteServer(), { port: Number(process.env.PORT ?? 4173) });
console.log(`\nThe dashboard is running at ${url}/  (Ctrl+C to stop)\n`);
