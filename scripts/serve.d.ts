// Types for scripts/serve.js, for the browser specs that start a server of their own.
import type { Server } from 'node:http';

/** The static server for a built site (root folder, optional base path). */
export function createSiteServer(options?: {
	root?: string;
	base?: string;
	lanOrigins?: string[] | null;
}): Server;

/** Listens (port 0 picks a free one) and resolves with the site's URL, base path included. */
export function listen(
	server: Server,
	options?: { port?: number; host?: string; base?: string }
): Promise<string>;
